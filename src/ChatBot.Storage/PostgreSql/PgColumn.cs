namespace ChatBot.Storage.PostgreSql;

/// <summary>A key column of a collection's table: its name, and how the store reads its value from the record.</summary>
internal sealed record PgColumn<T>(string Name, Func<T, object?> Value)
{
    /// <summary>The value as Npgsql writes it: a time as UTC (timestamptz), nothing as SQL null.</summary>
    public object ValueOf(T record) => Value(record) switch
    {
        null => DBNull.Value,
        DateTimeOffset time => time.ToUniversalTime(),
        DateTime time => DateTime.SpecifyKind(time.ToUniversalTime(), DateTimeKind.Utc),
        Enum value => value.ToString(),
        var value => value,
    };
}
