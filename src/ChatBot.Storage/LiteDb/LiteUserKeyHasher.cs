using ChatBot.Core.Sessions;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// The sessions' user keys under the database's matching key (HMAC-SHA256, as sealed fields are matched), so that Core
/// never holds the key and the same ИИН hashes alike in every channel.
/// </summary>
public sealed class LiteUserKeyHasher(ChatBotDatabase database) : IUserKeyHasher
{
    public string Hash(string text) => database.Seal.Match(text);
}
