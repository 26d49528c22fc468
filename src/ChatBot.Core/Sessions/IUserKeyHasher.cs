namespace ChatBot.Core.Sessions;

/// <summary>
/// The keyed hash behind <see cref="SessionOutcome.UserKey"/>. The key stays with the store: Core sees only hashes, so
/// an outcome cannot be turned back into the ИИН or the chat it was made from.
/// </summary>
public interface IUserKeyHasher
{
    /// <summary>The same text gives the same hash for as long as the database's key is the same.</summary>
    string Hash(string text);
}
