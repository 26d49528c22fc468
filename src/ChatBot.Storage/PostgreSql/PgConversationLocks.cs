using ChatBot.Core.Concurrency;
using Npgsql;

namespace ChatBot.Storage.PostgreSql;

/// <summary>
/// A conversation held across hosts by a transaction-scoped advisory lock (<c>pg_advisory_xact_lock</c>), taken on a
/// connection of its own and held until the turn has committed. Ending that transaction releases it, and so does the
/// database when the host's connection drops: a host killed mid-turn holds nothing (docs/postgresql.md).
/// </summary>
public sealed class PgConversationLocks(PgDatabase database) : IConversationLocks
{
    public async Task<IDisposable> HoldAsync(string conversationId, CancellationToken cancellationToken)
    {
        var connection = await database.Source.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = new NpgsqlCommand("select pg_advisory_xact_lock(@key)", connection, transaction);
            command.Parameters.AddWithValue("key", AdvisoryLockKeys.OfConversation(conversationId));
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new Held(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class Held(NpgsqlConnection connection, NpgsqlTransaction transaction) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1)
            {
                return;
            }

            // Nothing was written in it: ending it only lets go of the lock. A connection already broken has let go.
            try
            {
                transaction.Rollback();
            }
            catch (NpgsqlException)
            {
            }
            finally
            {
                transaction.Dispose();
                connection.Dispose();
            }
        }
    }
}
