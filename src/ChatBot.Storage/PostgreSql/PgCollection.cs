using LiteDB;
using Npgsql;
using NpgsqlTypes;

namespace ChatBot.Storage.PostgreSql;

/// <summary>
/// The records of one table: each stored as LiteDB maps it (<see cref="PgDatabase.Mapper"/>: personal fields sealed)
/// in the <c>doc</c> column as JSON, beside its id and the key columns that queries use. A record whose id is a
/// number and still 0 takes the next of the table's sequence, and the record is given it, as LiteDB does on insert.
/// </summary>
internal sealed class PgCollection<T> : IPgTable
{
    private readonly PgDatabase _database;
    private readonly IReadOnlyList<PgColumn<T>> _columns;
    private readonly System.Reflection.PropertyInfo? _numberedId;
    private readonly string _insert;
    private readonly string _upsert;

    public PgCollection(PgDatabase database, string table, params PgColumn<T>[] columns)
    {
        _database = database;
        Table = table;
        _columns = columns;
        _numberedId = typeof(T).GetProperty("Id") is { PropertyType: var type } id && type == typeof(long) ? id : null;
        var names = string.Join(", ", new[] { "id", "doc" }.Concat(columns.Select(c => c.Name)));
        var values = string.Join(", ", new[] { "@id", "@doc" }.Concat(columns.Select(c => "@" + c.Name)));
        var updates = string.Join(", ", new[] { "doc" }.Concat(columns.Select(c => c.Name)).Select(n => $"{n} = excluded.{n}"));
        _insert = $"insert into {table} ({names}) values ({values})";
        _upsert = $"{_insert} on conflict (id) do update set {updates}";
    }

    public string Table { get; }

    private bool HasNumberedIds => _numberedId is not null;

    public T? FindById(object id) => Find("where id = @id", ("id", id)).FirstOrDefault();

    /// <summary>The records a clause picks (<c>where … order by … limit …</c>), with its named parameters.</summary>
    public IReadOnlyList<T> Find(string clause, params (string Name, object? Value)[] parameters) => _database.Run(session =>
    {
        using var command = session.Command($"select doc::text from {Table} {clause}");
        Add(command, parameters);
        var found = new List<T>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found.Add(Read(reader.GetString(0)));
        }

        return found;
    });

    public void Insert(T record) => Write(_insert, record);

    /// <summary>Inserts the record unless one is stored under its id.</summary>
    /// <returns>Whether it was inserted.</returns>
    public bool InsertIfNew(T record) => Write(_insert + " on conflict (id) do nothing", record) == 1;

    /// <summary>Inserts the record, or replaces the one stored under its id.</summary>
    public void Upsert(T record) => Write(_upsert, record);

    /// <returns>Whether a record was replaced.</returns>
    public bool Update(T record)
    {
        var document = Document(record);
        var sets = string.Join(", ", new[] { "doc = @doc" }.Concat(_columns.Select(c => $"{c.Name} = @{c.Name}")));
        return _database.Run(session =>
        {
            using var command = session.Command($"update {Table} set {sets} where id = @id");
            AddRecord(command, record, document);
            return command.ExecuteNonQuery() == 1;
        });
    }

    public bool Delete(object id) => Execute("delete from {0} where id = @id", ("id", id)) == 1;

    /// <summary>Runs a statement on this table (<c>{0}</c> names it) and says how many rows it touched.</summary>
    public int Execute(string sql, params (string Name, object? Value)[] parameters) => _database.Run(session =>
    {
        using var command = session.Command(string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, Table));
        Add(command, parameters);
        return command.ExecuteNonQuery();
    });

    public long Count(string clause = "", params (string Name, object? Value)[] parameters) => _database.Run(session =>
    {
        using var command = session.Command($"select count(*) from {Table} {clause}");
        Add(command, parameters);
        return (long)command.ExecuteScalar()!;
    });

    private int Write(string sql, T record)
    {
        var document = Document(record);
        return _database.Run(session =>
        {
            if (HasNumberedIds && document["_id"].AsInt64 == 0)
            {
                using var next = session.Command($"select nextval(pg_get_serial_sequence('{Table}', 'id'))");
                var id = (long)next.ExecuteScalar()!;
                _numberedId!.SetValue(record, id);
                document["_id"] = id;
            }

            using var command = session.Command(sql);
            AddRecord(command, record, document);
            return command.ExecuteNonQuery();
        });
    }

    /// <summary>
    /// Inserts a record as another store wrote it (a LiteDB file's document, sealed values and id as they are); its
    /// key columns are read from it as from any record.
    /// </summary>
    public void InsertDocument(BsonDocument document)
    {
        var record = _database.Mapper.ToObject<T>(document);
        _database.Run(session =>
        {
            using var command = session.Command(_insert);
            AddRecord(command, record, document);
            return command.ExecuteNonQuery();
        });
    }

    private BsonDocument Document(T record) => _database.Mapper.ToDocument(record);

    private T Read(string json) => _database.Mapper.ToObject<T>(JsonSerializer.Deserialize(json).AsDocument);

    private void AddRecord(NpgsqlCommand command, T record, BsonDocument document)
    {
        command.Parameters.AddWithValue("id", HasNumberedIds ? document["_id"].AsInt64 : document["_id"].AsString);
        command.Parameters.Add(new NpgsqlParameter("doc", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(document) });
        foreach (var column in _columns)
        {
            command.Parameters.AddWithValue(column.Name, column.ValueOf(record));
        }
    }

    private static void Add(NpgsqlCommand command, (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value switch
            {
                null => DBNull.Value,
                DateTimeOffset time => time.ToUniversalTime(),
                _ => value,
            });
        }
    }
}
