using ChatBot.Storage.PostgreSql;
using Npgsql;

namespace ChatBot.Host.Composition;

/// <summary>
/// The <c>Storage:*</c> section: which store the service runs on. Read before the services are composed, since the
/// choice decides which stores are registered; a value that cannot be used stops start-up in one line.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.LiteDb;

    /// <summary>With <see cref="StorageProvider.PostgreSql"/>: the database, as Npgsql reads it (<c>Host=…;Database=…;Username=…;Password=…</c>).</summary>
    public string? ConnectionString { get; set; }

    public bool OnPostgreSql => Provider == StorageProvider.PostgreSql;

    /// <summary>Binds the section without checking it: enough to know the provider.</summary>
    public static StorageOptions Bind(IConfiguration configuration) => StartupSettings.Bind<StorageOptions>(configuration.GetSection(Section));

    /// <summary>Binds the section and checks it with the database's password (<c>ChatBot:DatabasePassword</c>).</summary>
    /// <exception cref="SettingsInvalidException">A value cannot be used, or PostgreSQL lacks a store the service needs.</exception>
    public static StorageOptions Read(IConfiguration configuration)
    {
        var options = Bind(configuration);
        var problems = options.Problems(configuration[$"{ChatBotOptions.Section}:{nameof(ChatBotOptions.DatabasePassword)}"]).ToList();
        return problems.Count == 0 ? options : throw new SettingsInvalidException(problems);
    }

    public IEnumerable<string> Problems(string? databasePassword)
    {
        if (!OnPostgreSql)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return "Storage:ConnectionString is empty: with Storage:Provider=PostgreSql it names the database (Host=db.local;Database=chatbot;Username=chatbot;Password=…)";
        }
        else if (Unreadable(ConnectionString) is { } why)
        {
            yield return $"Storage:ConnectionString is not a PostgreSQL connection string: {why}";
        }

        // A key file generated per host would seal each host's records under a key of its own.
        if (string.IsNullOrWhiteSpace(databasePassword))
        {
            yield return "ChatBot:DatabasePassword is empty: with Storage:Provider=PostgreSql every host must be given the same one (it seals the personal fields)";
        }

        if (PostgreSqlStorage.NotYetThere.Count > 0)
        {
            yield return $"Storage:Provider=PostgreSql cannot serve yet: {string.Join(", ", PostgreSqlStorage.NotYetThere)} are not on PostgreSQL yet (docs/postgresql.md)";
        }
    }

    private static string? Unreadable(string connectionString)
    {
        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(parsed.Host) ? "it names no Host" : null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }
}
