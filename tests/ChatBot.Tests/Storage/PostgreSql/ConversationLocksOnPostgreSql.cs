using ChatBot.Storage.PostgreSql;
using ChatBot.Testing.PostgreSql;
using ChatBot.Tests.Contracts;
using Npgsql;

namespace ChatBot.Tests.Storage.PostgreSql;

/// <summary>Two hosts, as two <see cref="PgDatabase"/>s over one database: one turn at a time per conversation between them.</summary>
public sealed class ConversationLocksOnPostgreSql : IDisposable
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(20);

    // Long enough for a lock that was not taken to have been granted, were it granted.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(500);

    private readonly string _connectionString;
    private readonly PgDatabase _hostA;
    private readonly PgDatabase _hostB;

    public ConversationLocksOnPostgreSql()
    {
        if (PostgresServer.Unavailable is not null)
        {
            // Every fact reports itself skipped ([StoreFact]); nothing to open.
            _connectionString = "";
            _hostA = _hostB = null!;
            return;
        }

        _connectionString = PostgresServer.NewDatabase();
        _hostA = new PgDatabase(_connectionString, "locks-password");
        _hostB = new PgDatabase(_connectionString, "locks-password");
    }

    private PgConversationLocks OnA => new(_hostA);

    private PgConversationLocks OnB => new(_hostB);

    [StoreFact]
    public async Task AConversationHeldOnOneHostWaitsOnTheOtherUntilItIsLetGo()
    {
        var held = await OnA.HoldAsync("web:1", CancellationToken.None);
        var waiting = OnB.HoldAsync("web:1", CancellationToken.None);
        await Task.Delay(Settle);
        Assert.False(waiting.IsCompleted);

        held.Dispose();
        (await waiting.WaitAsync(Long)).Dispose();
    }

    [StoreFact]
    public async Task OtherConversationsDoNotWait()
    {
        using var held = await OnA.HoldAsync("web:1", CancellationToken.None);
        (await OnB.HoldAsync("web:2", CancellationToken.None).WaitAsync(Long)).Dispose();
    }

    [StoreFact]
    public async Task IdsThatDifferOnlyInLetterCaseAreOneConversation()
    {
        var held = await OnA.HoldAsync("web:Abc", CancellationToken.None);
        var waiting = OnB.HoldAsync("WEB:abc", CancellationToken.None);
        await Task.Delay(Settle);
        Assert.False(waiting.IsCompleted);

        held.Dispose();
        (await waiting.WaitAsync(Long)).Dispose();
    }

    [StoreFact]
    public async Task AHostWhoseConnectionDiesLetsGoOfWhatItHeld()
    {
        var held = await OnA.HoldAsync("web:1", CancellationToken.None);
        var waiting = OnB.HoldAsync("web:1", CancellationToken.None);
        await Task.Delay(Settle);
        Assert.False(waiting.IsCompleted);

        // What a host killed mid-turn leaves: its connection gone, the lock's transaction with it. Only this test's
        // database: the cluster's other tests hold advisory locks of their own.
        await using (var admin = new NpgsqlConnection(_connectionString))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and granted and pid <> pg_backend_pid() " +
                "and database = (select oid from pg_database where datname = current_database())", admin);
            await kill.ExecuteNonQueryAsync();
        }

        (await waiting.WaitAsync(Long)).Dispose();
        held.Dispose();
    }

    [StoreFact]
    public async Task AWaitGivenUpIsCancelledAndHoldsNothing()
    {
        using var held = await OnA.HoldAsync("web:1", CancellationToken.None);
        using var cancel = new CancellationTokenSource(Settle);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => OnB.HoldAsync("web:1", cancel.Token));
    }

    public void Dispose()
    {
        _hostA?.Dispose();
        _hostB?.Dispose();
    }
}
