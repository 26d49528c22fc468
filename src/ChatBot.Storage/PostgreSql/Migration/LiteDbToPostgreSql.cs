using ChatBot.Storage.LiteDb;
using LiteDB;

namespace ChatBot.Storage.PostgreSql.Migration;

/// <summary>
/// Copies every collection of a LiteDB file into an empty PostgreSQL database and verifies it. Records are copied as
/// they are stored: sealed personal fields stay sealed, under the same key (both sides are opened with the file's
/// password), and ids keep their values; each table's sequence then starts after its highest id. Each collection is
/// one transaction. The verification reads both sides again: the same count and the same checksum per collection.
/// </summary>
public static class LiteDbToPostgreSql
{
    // The collections that are not records of a type: a key and a time, or documents kept as they are.
    private static readonly string[] KeyAndTime = [Collections.Processed, Collections.BlockedChats];
    private static readonly string[] Untyped = [Collections.Knowledge, Collections.Meta];

    /// <exception cref="MigrationRefusedException">The PostgreSQL database already holds records.</exception>
    public static IReadOnlyList<CollectionCopy> Copy(ChatBotDatabase source, PgDatabase target, Action<string>? progress = null)
    {
        if (FirstNonEmpty(target) is { } holding)
        {
            throw new MigrationRefusedException($"the PostgreSQL database already holds records ({holding}); migrate into an empty one");
        }

        var tables = target.Tables.All.ToDictionary(t => t.Table, StringComparer.Ordinal);
        var copies = new List<CollectionCopy>();
        foreach (var name in Collections.All)
        {
            var documents = source.Database.GetCollection(name);
            target.InTransaction(session =>
            {
                foreach (var document in documents.FindAll())
                {
                    Insert(tables, session, name, document);
                }
            });
            copies.Add(Verify(source, target, name));
            progress?.Invoke(name);
        }

        RestartSequences(target);
        return copies;
    }

    private static void Insert(Dictionary<string, IPgTable> tables, PgSession session, string name, BsonDocument document)
    {
        if (tables.TryGetValue(name, out var table))
        {
            table.InsertDocument(document);
            return;
        }

        using var command = KeyAndTime.Contains(name)
            ? session.Command($"insert into {name} (id, at) values (@id, @at)")
            : session.Command($"insert into {name} (id, doc) values (@id, @doc::jsonb)");
        command.Parameters.AddWithValue("id", document["_id"].AsString);
        if (KeyAndTime.Contains(name))
        {
            command.Parameters.AddWithValue("at", DateTime.SpecifyKind(document["at"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc));
        }
        else
        {
            command.Parameters.AddWithValue("doc", JsonSerializer.Serialize(document));
        }

        command.ExecuteNonQuery();
    }

    private static CollectionCopy Verify(ChatBotDatabase source, PgDatabase target, string name)
    {
        var before = new DocumentChecksum();
        foreach (var document in source.Database.GetCollection(name).FindAll())
        {
            before.Add(document);
        }

        var after = new DocumentChecksum();
        foreach (var document in Stored(target, name))
        {
            after.Add(document);
        }

        return new CollectionCopy(name, before.Count, after.Count, before.ToString(), after.ToString());
    }

    // What the table holds, as the documents LiteDB held: the record itself, or its key and time.
    private static List<BsonDocument> Stored(PgDatabase target, string name) => target.Run(session =>
    {
        var keyAndTime = KeyAndTime.Contains(name);
        using var command = session.Command(keyAndTime ? $"select id, at from {name}" : $"select doc::text from {name}");
        var documents = new List<BsonDocument>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            documents.Add(keyAndTime
                ? new BsonDocument { ["_id"] = reader.GetString(0), ["at"] = reader.GetFieldValue<DateTime>(1) }
                : JsonSerializer.Deserialize(reader.GetString(0)).AsDocument);
        }

        return documents;
    });

    private static string? FirstNonEmpty(PgDatabase target) => target.Run(session =>
    {
        foreach (var name in Collections.All)
        {
            using var command = session.Command($"select exists (select 1 from {name})");
            if ((bool)command.ExecuteScalar()!)
            {
                return name;
            }
        }

        return null;
    });

    private static void RestartSequences(PgDatabase target) => target.Run(session =>
    {
        using var numbered = session.Command(
            "select table_name from information_schema.columns where table_schema = 'public' and column_name = 'id' and is_identity = 'YES'");
        var names = new List<string>();
        using (var reader = numbered.ExecuteReader())
        {
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names)
        {
            using var restart = session.Command(
                $"select setval(pg_get_serial_sequence('{name}', 'id'), coalesce((select max(id) from {name}), 0) + 1, false)");
            restart.ExecuteNonQuery();
        }

        return names.Count;
    });
}
