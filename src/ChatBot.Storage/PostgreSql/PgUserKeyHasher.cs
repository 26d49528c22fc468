using ChatBot.Core.Sessions;

namespace ChatBot.Storage.PostgreSql;

/// <summary>
/// The sessions' user keys under the database's matching key, derived from <c>ChatBot:DatabasePassword</c> as the
/// LiteDB file's is: every host of one database, given that password, hashes a text alike, and so does the LiteDB file
/// it was migrated from.
/// </summary>
public sealed class PgUserKeyHasher(PgDatabase database) : IUserKeyHasher
{
    public string Hash(string text) => database.Seal.Match(text);
}
