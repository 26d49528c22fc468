using ChatBot.Storage.LiteDb;
using ChatBot.Storage.PostgreSql;
using ChatBot.Testing;
using ChatBot.Testing.PostgreSql;
using ChatBot.Tests.Contracts;

namespace ChatBot.Tests.Storage.PostgreSql;

/// <summary>
/// The sessions' user keys on PostgreSQL: the matching key comes from the database's password, so every host of one
/// database (and the LiteDB file it came from) turns one ИИН into one key, and another password into another.
/// </summary>
public sealed class UserKeyHashesOnPostgreSql
{
    private const string Iin = "880215300123";

    [StoreFact]
    public void TwoHostsOfOneDatabaseHashAUserKeyAlikeAndAsTheLiteDbFileDoes()
    {
        var connection = PostgresServer.NewDatabase();
        using var hostA = new PgDatabase(connection, "the-password");
        using var hostB = new PgDatabase(connection, "the-password");
        using var folder = new TemporaryFolder();
        using var file = new ChatBotDatabase(folder.File(ChatBotDatabase.FileName), "the-password");

        var onA = new PgUserKeyHasher(hostA).Hash(Iin);

        Assert.Equal(onA, new PgUserKeyHasher(hostB).Hash(Iin));
        Assert.Equal(onA, new LiteUserKeyHasher(file).Hash(Iin));
        Assert.NotEqual(onA, new PgUserKeyHasher(hostA).Hash("880215300124"));
    }

    [StoreFact]
    public void AnotherPasswordGivesAnotherKey()
    {
        using var database = new PgDatabase(PostgresServer.NewDatabase(), "the-password");
        using var other = new PgDatabase(PostgresServer.NewDatabase(), "another-password");

        Assert.NotEqual(new PgUserKeyHasher(database).Hash(Iin), new PgUserKeyHasher(other).Hash(Iin));
    }
}
