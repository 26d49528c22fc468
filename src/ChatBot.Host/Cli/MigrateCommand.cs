using ChatBot.Host.Composition;
using ChatBot.Storage.LiteDb;
using ChatBot.Storage.PostgreSql;
using ChatBot.Storage.PostgreSql.Migration;
using Npgsql;

namespace ChatBot.Host.Cli;

/// <summary>
/// <c>chatbot migrate --from-litedb DIR --to CONNECTION</c>: copies a LiteDB data folder's database into an empty
/// PostgreSQL database and verifies every collection by count and checksum (<see cref="LiteDbToPostgreSql"/>). The
/// folder is held while it runs, so the service must be stopped; personal fields stay sealed under the folder's key,
/// which the hosts on PostgreSQL are then given as <c>ChatBot:DatabasePassword</c> (docs/postgresql.md).
/// </summary>
internal static class MigrateCommand
{
    private const string Usage = "usage: chatbot migrate --from-litedb DATA_DIR --to \"Host=…;Database=…;Username=…\"   (service stopped)";

    public static int Run(string[] args)
    {
        var arguments = new VerbArguments(args);
        if (arguments.Option("--from-litedb") is not { } from || arguments.Option("--to") is not { } to)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var dataDir = Path.GetFullPath(from);
        if (!File.Exists(Path.Combine(dataDir, ChatBotDatabase.FileName)))
        {
            return Fail(2, $"there is no LiteDB database in {dataDir} ({ChatBotDatabase.FileName})");
        }

        var options = CliConfiguration.Options(args);
        var keyFile = Path.Combine(dataDir, DatabasePassword.KeyFileName);
        var password = !string.IsNullOrWhiteSpace(options.DatabasePassword) ? options.DatabasePassword
            : File.Exists(keyFile) ? DatabasePassword.ReadKeyFile(keyFile)
            : null;
        if (password is null)
        {
            return Fail(2, $"{dataDir} has no key ({DatabasePassword.KeyFileName}) and ChatBot:DatabasePassword is not set");
        }

        using var folder = DataFolderLock.Take(dataDir, "chatbot migrate");
        PgDatabase target;
        try
        {
            target = new PgDatabase(to, password);
        }
        catch (ArgumentException e)
        {
            return Fail(2, $"the connection string is not valid: {e.Message}");
        }
        catch (NpgsqlException e)
        {
            return Fail(1, $"PostgreSQL did not answer: {e.Message}");
        }

        using (target)
        using (var source = new ChatBotDatabase(Path.Combine(dataDir, ChatBotDatabase.FileName), password))
        {
            IReadOnlyList<CollectionCopy> copies;
            try
            {
                copies = LiteDbToPostgreSql.Copy(source, target);
            }
            catch (MigrationRefusedException e)
            {
                return Fail(1, e.Message);
            }

            foreach (var copy in copies)
            {
                Console.WriteLine($"{copy.Collection,-26} {copy.SourceCount,9:N0} → {copy.TargetCount,9:N0}  {copy.TargetChecksum[..16]}  {(copy.Verified ? "verified" : "DIFFERS")}");
            }

            var differing = copies.Where(c => !c.Verified).Select(c => c.Collection).ToList();
            if (differing.Count > 0)
            {
                return Fail(1, $"the copy differs from the file in {string.Join(", ", differing)}");
            }

            Console.WriteLine(
                $"copied {copies.Sum(c => c.TargetCount):N0} records in {copies.Count} collections, every one verified; " +
                $"give the hosts ChatBot:DatabasePassword = the key of {dataDir}, whose personal fields the copy keeps sealed");
            return 0;
        }
    }

    private static int Fail(int code, string message)
    {
        Console.Error.WriteLine($"chatbot migrate: {message}");
        return code;
    }
}
