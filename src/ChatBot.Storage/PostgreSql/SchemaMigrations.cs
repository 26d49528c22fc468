using System.Reflection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ChatBot.Storage.PostgreSql;

/// <summary>
/// The schema, as numbered SQL files shipped inside this assembly (<c>PostgreSql/Schema/NNNN_name.sql</c>), applied in
/// order of their numbers, each once: <c>schema_versions</c> records what is applied. Each file runs in a transaction
/// of its own under an advisory lock, so hosts starting together apply it once between them, and a file that fails
/// leaves nothing of itself behind.
/// </summary>
internal static class SchemaMigrations
{
    // Any constant the service's other advisory locks cannot meet: theirs are hashes of conversation ids.
    private const long SchemaLock = 0x43_68_61_74_42_6F_74; // "ChatBot"

    private const string Prefix = "schema/";

    /// <summary>The shipped files: version (the number the name starts with), name and text, in order.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> Shipped { get; } = ReadShipped();

    /// <returns>The versions applied by this call; none when the schema was current.</returns>
    public static IReadOnlyList<int> Apply(NpgsqlDataSource source, ILogger logger)
    {
        using var connection = source.OpenConnection();
        Execute(connection, null, """
            create table if not exists schema_versions (
                version int primary key,
                name text not null,
                applied_at timestamptz not null default now())
            """);

        var applied = new List<int>();
        foreach (var (version, name, sql) in Shipped)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, $"select pg_advisory_xact_lock({SchemaLock})");
            if (IsApplied(connection, transaction, version))
            {
                transaction.Rollback();
                continue;
            }

            Execute(connection, transaction, sql);
            using (var record = new NpgsqlCommand("insert into schema_versions (version, name) values (@v, @n)", connection, transaction))
            {
                record.Parameters.AddWithValue("v", version);
                record.Parameters.AddWithValue("n", name);
                record.ExecuteNonQuery();
            }

            transaction.Commit();
            applied.Add(version);
            logger.LogInformation("Applied the schema's file {Name}", name);
        }

        return applied;
    }

    private static bool IsApplied(NpgsqlConnection connection, NpgsqlTransaction transaction, int version)
    {
        using var command = new NpgsqlCommand("select 1 from schema_versions where version = @v", connection, transaction);
        command.Parameters.AddWithValue("v", version);
        return command.ExecuteScalar() is not null;
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }

    private static List<(int, string, string)> ReadShipped()
    {
        var assembly = typeof(SchemaMigrations).Assembly;
        var files = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var name = resource[Prefix.Length..];
            var digits = new string(name.TakeWhile(char.IsAsciiDigit).ToArray());
            if (digits.Length == 0)
            {
                throw new InvalidOperationException($"the schema file {name} does not start with its number");
            }

            files.Add((int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture), name, Read(assembly, resource)));
        }

        var repeated = files.GroupBy(f => f.Item1).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new InvalidOperationException($"two schema files have the number {repeated.Key}");
        }

        return files.OrderBy(f => f.Item1).ToList();
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
