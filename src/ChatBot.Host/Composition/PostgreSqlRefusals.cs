namespace ChatBot.Host.Composition;

/// <summary>
/// What on PostgreSQL still needs the LiteDB file, and the one line that says so and where to look instead
/// (docs/postgresql.md, "Verbs and endpoints on PostgreSQL"). A verb not named here needs no store or runs on either.
/// </summary>
public static class PostgreSqlRefusals
{
    public const string Backup = "backups on PostgreSQL are pg_dump's: see docs/postgresql.md";

    /// <summary>Why <c>chatbot <paramref name="verb"/></c> does not run on PostgreSQL, or null when it does.</summary>
    public static string? Of(string verb) => verb switch
    {
        "backup" => Backup,
        "restore" => "a PostgreSQL database is restored with pg_restore, not into a data folder: see docs/postgresql.md",
        "keys" => "keys rotate re-encrypts the LiteDB file; on PostgreSQL the sealing key follows ChatBot:DatabasePassword and its rotation is still to come: see docs/postgresql.md",
        "chat" or "kb" or "survey" or "report" or "operators" or "trainings" =>
            $"chatbot {verb} opens the LiteDB file only, for now; on PostgreSQL use the running service (its console and admin API): see docs/postgresql.md",
        _ => null,
    };
}
