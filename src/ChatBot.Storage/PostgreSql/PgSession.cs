using Npgsql;

namespace ChatBot.Storage.PostgreSql;

/// <summary>A connection, and the transaction on it when there is one: what a store's statements run on.</summary>
public sealed class PgSession(NpgsqlConnection connection, NpgsqlTransaction? transaction)
{
    public NpgsqlConnection Connection { get; } = connection;

    public NpgsqlTransaction? Transaction { get; } = transaction;

    public NpgsqlCommand Command(string sql) => new(sql, Connection, Transaction);
}
