using ChatBot.Host.Composition;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Host.Cli;

/// <summary>
/// <c>chatbot restore FILE [--key KEYFILE]</c>: puts a backup in place as the database of an empty (or missing) data
/// folder, holding the folder while it does. The backup must open with the key first: the configured
/// <c>ChatBot:DatabasePassword</c>, or the key file of the folder it came from, which is then put beside it.
/// </summary>
internal static class RestoreCommand
{
    private const string Usage = "usage: chatbot restore FILE [--key KEYFILE]   (into an empty data folder; the key of the backed-up folder)";

    public static int Run(string[] args)
    {
        if (args.FirstOrDefault() is not { } file || file.StartsWith('-'))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var options = CliConfiguration.Options(args.Skip(1).ToArray());
        var keyFile = new VerbArguments(args).Option("--key");
        var backup = Path.GetFullPath(file);
        if (!File.Exists(backup))
        {
            return Refuse($"there is no file {backup}");
        }

        if (keyFile is not null && !File.Exists(keyFile))
        {
            return Refuse($"there is no key file {Path.GetFullPath(keyFile)}");
        }

        var password = string.IsNullOrWhiteSpace(options.DatabasePassword) ? keyFile is null ? null : DatabasePassword.ReadKeyFile(keyFile) : options.DatabasePassword;
        if (password is null)
        {
            return Refuse("say which key opens the backup: --key KEYFILE (the chatbot.key of the folder it came from) or ChatBot:DatabasePassword");
        }

        using var folder = DataFolderLock.Take(DataFolder.Prepare(options), "chatbot restore");
        if (Contents(folder.DataDir).FirstOrDefault() is { } present)
        {
            return Refuse($"the data folder {folder.DataDir} is not empty ({present}); restore into an empty or new folder");
        }

        if (DatabaseCopy.Problem(backup, password) is { } problem)
        {
            return Refuse($"{backup} cannot be restored: {problem}");
        }

        var database = Path.Combine(folder.DataDir, ChatBotDatabase.FileName);
        DatabaseCopy.Copy(backup, database + ".partial");
        File.Move(database + ".partial", database);
        if (string.IsNullOrWhiteSpace(options.DatabasePassword))
        {
            DatabasePassword.WriteKeyFile(folder.DataDir, password);
        }

        Console.WriteLine($"restored {backup} into {folder.DataDir}");
        return 0;
    }

    // What the folder holds besides the lock this verb has just taken.
    private static IEnumerable<string> Contents(string dataDir) => Directory.EnumerateFileSystemEntries(dataDir)
        .Select(Path.GetFileName)
        .OfType<string>()
        .Where(name => name is not DataFolderLock.FileName and not DataFolderLock.OwnerFileName);

    private static int Refuse(string reason)
    {
        Console.Error.WriteLine($"chatbot restore: {reason}");
        return 2;
    }
}
