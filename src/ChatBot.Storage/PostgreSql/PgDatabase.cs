using ChatBot.Core.Storage;
using ChatBot.Storage.LiteDb;
using ChatBot.Storage.LiteDb.Sealing;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ChatBot.Storage.PostgreSql;

/// <summary>
/// One PostgreSQL database shared by every host: the schema brought up to date when it opens, records mapped and their
/// personal fields sealed exactly as in the LiteDB file (the same mapper, the same keys from the same password), and
/// transactions that a store's calls inside them join, as LiteDB's do (docs/postgresql.md).
/// </summary>
public sealed class PgDatabase : IStoreHealth, IDisposable
{
    private readonly NpgsqlDataSource _source;

    // The transaction this flow of work is inside: a store's call made within InTransaction joins it.
    private readonly AsyncLocal<PgSession?> _open = new();

    /// <param name="password">Seals the personal fields: every host of one database must be given the same.</param>
    public PgDatabase(string connectionString, string password, ILogger? logger = null)
    {
        _source = NpgsqlDataSource.Create(connectionString);
        Seal = PersonalSeal.For(password);
        Mapper = BsonMappings.Create(Seal);
        MappedAhead.Map(Mapper, MappedAhead.StoredTypes);
        Tables = new PgTables(this);
        try
        {
            SchemaMigrations.Apply(_source, logger ?? NullLogger.Instance);
        }
        catch
        {
            _source.Dispose();
            throw;
        }
    }

    internal BsonMapper Mapper { get; }

    internal PersonalSeal Seal { get; }

    internal PgTables Tables { get; }

    /// <summary>The pool, for the work that needs a connection of its own (a conversation's lock).</summary>
    internal NpgsqlDataSource Source => _source;

    /// <summary>The transaction this flow of work is inside, if any.</summary>
    internal PgSession? Current => _open.Value;

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: all of its writes land, or none. Called inside another, it joins
    /// that one. The isolation is PostgreSQL's read committed: a store that reads and then decides takes a lock first.
    /// </summary>
    public T InTransaction<T>(Func<PgSession, T> work)
    {
        if (_open.Value is { } outer)
        {
            return work(outer);
        }

        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var session = new PgSession(connection, transaction);
        _open.Value = session;
        try
        {
            var result = work(session);
            transaction.Commit();
            return result;
        }
        finally
        {
            _open.Value = null;
        }
    }

    public void InTransaction(Action<PgSession> work) => InTransaction(session =>
    {
        work(session);
        return true;
    });

    /// <summary>Runs one statement's work on the open transaction, or on a pooled connection of its own.</summary>
    internal T Run<T>(Func<PgSession, T> work)
    {
        if (_open.Value is { } open)
        {
            return work(open);
        }

        using var connection = _source.OpenConnection();
        return work(new PgSession(connection, null));
    }

    /// <summary>Whether the database answers, for <c>/health</c>.</summary>
    public StoreHealth Check()
    {
        try
        {
            using var connection = _source.OpenConnection();
            using var command = new NpgsqlCommand("select 1", connection);
            command.ExecuteScalar();
            return StoreHealth.Serving;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            return StoreHealth.Unavailable($"PostgreSQL does not answer: {e.Message}");
        }
    }

    public void Dispose() => _source.Dispose();
}
