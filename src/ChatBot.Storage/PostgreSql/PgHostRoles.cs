using ChatBot.Core.Concurrency;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ChatBot.Storage.PostgreSql;

/// <summary>
/// A role held by a session-level advisory lock on a connection kept open for as long as the host holds it. The database
/// lets go of the lock when that connection drops, so a host that dies or loses the database loses its roles, and
/// another host, trying every <c>retry</c>, takes them over. The holder asks the database every <c>heartbeat</c>
/// whether its connection still answers, and says the role is lost when it does not (docs/postgresql.md).
/// </summary>
public sealed class PgHostRoles(PgDatabase database, TimeSpan? retry = null, TimeSpan? heartbeat = null, ILogger? logger = null) : IHostRoles
{
    private readonly TimeSpan _retry = retry ?? TimeSpan.FromSeconds(2);
    private readonly TimeSpan _heartbeat = heartbeat ?? TimeSpan.FromSeconds(2);
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    public async Task<IRoleHold> TakeAsync(string role, CancellationToken cancellationToken)
    {
        var key = AdvisoryLockKeys.OfRole(role);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            NpgsqlConnection? connection = null;
            try
            {
                connection = await database.Source.OpenConnectionAsync(cancellationToken);
                await using var take = new NpgsqlCommand("select pg_try_advisory_lock(@key)", connection);
                take.Parameters.AddWithValue("key", key);
                if ((bool)(await take.ExecuteScalarAsync(cancellationToken))!)
                {
                    _logger.LogInformation("This host now holds the role {Role}", role);
                    return new Hold(connection, key, role, _heartbeat, _logger);
                }
            }
            catch (NpgsqlException e)
            {
                _logger.LogWarning("Could not ask the database for the role {Role}, trying again: {Reason}", role, e.Message);
            }

            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            await Task.Delay(_retry, cancellationToken);
        }
    }

    private sealed class Hold : IRoleHold
    {
        private readonly NpgsqlConnection _connection;
        private readonly long _key;
        private readonly CancellationTokenSource _lost = new();
        private readonly CancellationTokenSource _released = new();
        private readonly Task _watch;

        public Hold(NpgsqlConnection connection, long key, string role, TimeSpan heartbeat, ILogger logger)
        {
            _connection = connection;
            _key = key;
            _watch = WatchAsync(role, heartbeat, logger);
        }

        public CancellationToken Lost => _lost.Token;

        private async Task WatchAsync(string role, TimeSpan heartbeat, ILogger logger)
        {
            try
            {
                while (true)
                {
                    await Task.Delay(heartbeat, _released.Token);
                    await using var ask = new NpgsqlCommand("select 1", _connection);
                    await ask.ExecuteScalarAsync(_released.Token);
                }
            }
            catch (OperationCanceledException) when (_released.IsCancellationRequested)
            {
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or OperationCanceledException)
            {
                logger.LogWarning("This host lost the role {Role}: {Reason}", role, e.Message);
                await _lost.CancelAsync();
            }
        }

        public void Dispose()
        {
            if (_released.IsCancellationRequested)
            {
                return;
            }

            _released.Cancel();
            _watch.GetAwaiter().GetResult();
            try
            {
                using var release = new NpgsqlCommand("select pg_advisory_unlock(@key)", _connection);
                release.Parameters.AddWithValue("key", _key);
                release.ExecuteScalar();
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                // The connection is gone, and the lock with it.
            }
            finally
            {
                _connection.Dispose();
                _lost.Dispose();
                _released.Dispose();
            }
        }
    }
}
