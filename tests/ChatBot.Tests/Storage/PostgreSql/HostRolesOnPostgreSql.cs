using ChatBot.Core.Concurrency;
using ChatBot.Storage.PostgreSql;
using ChatBot.Testing.PostgreSql;
using ChatBot.Tests.Contracts;
using Npgsql;

namespace ChatBot.Tests.Storage.PostgreSql;

/// <summary>Two hosts, as two <see cref="PgDatabase"/>s over one database, sharing roles: one holder at a time, and fail-over.</summary>
public sealed class HostRolesOnPostgreSql : IDisposable
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Quick = TimeSpan.FromMilliseconds(200);

    // Long enough for a role that was free to have been taken by a host trying every Quick.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    private readonly string _connectionString = "";
    private readonly PgDatabase _hostA = null!;
    private readonly PgDatabase _hostB = null!;

    public HostRolesOnPostgreSql()
    {
        if (PostgresServer.Unavailable is null)
        {
            _connectionString = PostgresServer.NewDatabase();
            _hostA = new PgDatabase(_connectionString, "roles-password");
            _hostB = new PgDatabase(_connectionString, "roles-password");
        }
    }

    private PgHostRoles OnA => new(_hostA, Quick, Quick);

    private PgHostRoles OnB => new(_hostB, Quick, Quick);

    [StoreFact]
    public async Task OneHostHoldsARoleAndTheOtherTakesItWhenItIsLetGo()
    {
        var held = await OnA.TakeAsync("telegram", CancellationToken.None);
        var waiting = OnB.TakeAsync("telegram", CancellationToken.None);
        await Task.Delay(Settle);
        Assert.False(waiting.IsCompleted);

        held.Dispose();
        using var taken = await waiting.WaitAsync(Long);
        Assert.False(taken.Lost.IsCancellationRequested);
    }

    [StoreFact]
    public async Task DifferentRolesAreHeldByDifferentHostsAtOnce()
    {
        using var telegram = await OnA.TakeAsync("telegram", CancellationToken.None);
        using var jobs = await OnB.TakeAsync("jobs", CancellationToken.None).WaitAsync(Long);
    }

    [StoreFact]
    public async Task AHostThatLosesTheDatabaseLosesItsRoleAndTheOtherTakesItOver()
    {
        var held = await OnA.TakeAsync("telegram", CancellationToken.None);
        var waiting = OnB.TakeAsync("telegram", CancellationToken.None);
        await Task.Delay(Settle);

        // What a host that dies, or is cut off from the database, leaves: its connection gone. Only this test's
        // database: the cluster's other tests hold advisory locks of their own.
        await using (var admin = new NpgsqlConnection(_connectionString))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and granted and pid <> pg_backend_pid() " +
                "and database = (select oid from pg_database where datname = current_database())", admin);
            await kill.ExecuteNonQueryAsync();
        }

        using var taken = await waiting.WaitAsync(Long);
        await Task.Delay(Timeout.Infinite, held.Lost).ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(Long);
        held.Dispose();
    }

    [StoreFact]
    public async Task WorkRunsOnOneHostAtATimeAndMovesWhenItsHostStops()
    {
        var running = 0;
        var most = 0;
        var ran = new[] { 0, 0 };
        Func<CancellationToken, Task> Work(int host) => async token =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            ran[host]++;
            try
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        };

        using var stopA = new CancellationTokenSource();
        using var stopB = new CancellationTokenSource();
        var a = OnA.RunWhileHeldAsync("jobs", Work(0), stopA.Token);
        await WaitUntil(() => ran[0] == 1);
        var b = OnB.RunWhileHeldAsync("jobs", Work(1), stopB.Token);
        await Task.Delay(Settle);
        Assert.Equal(0, ran[1]);

        await stopA.CancelAsync();
        await a.WaitAsync(Long);
        await WaitUntil(() => ran[1] == 1);
        await stopB.CancelAsync();
        await b.WaitAsync(Long);

        Assert.Equal(1, most);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Long;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not come true in time");
            await Task.Delay(50);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    public void Dispose()
    {
        _hostA?.Dispose();
        _hostB?.Dispose();
    }
}
