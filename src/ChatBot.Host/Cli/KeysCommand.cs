using ChatBot.Host.Composition;
using ChatBot.Storage.LiteDb;
using ChatBot.Storage.LiteDb.Sealing;

namespace ChatBot.Host.Cli;

/// <summary>
/// <c>chatbot keys rotate</c>: replaces the data folder's generated key (<c>chatbot.key</c>) with a new one, the
/// database re-encrypted and its personal fields sealed anew (<see cref="KeyRotation"/>). The service must be stopped:
/// the whole file is rewritten, so the verb holds the folder itself, and a running service is named and refused.
/// </summary>
internal static class KeysCommand
{
    private const string Usage = "usage: chatbot keys rotate   (with the service stopped)";

    public static int Run(string[] args)
    {
        if (args.FirstOrDefault() != "rotate")
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var options = CliConfiguration.Options(args.Skip(1).ToArray());
        if (!string.IsNullOrWhiteSpace(options.DatabasePassword))
        {
            return Refuse("the key is configured (ChatBot:DatabasePassword), not generated: rotation replaces the generated chatbot.key only");
        }

        using var folder = DataFolderLock.Take(DataFolder.Prepare(options), "chatbot keys rotate");
        if (!File.Exists(Path.Combine(folder.DataDir, ChatBotDatabase.FileName)))
        {
            return Refuse($"there is no database in {folder.DataDir}");
        }

        var (password, _) = DatabasePassword.Resolve(null, folder.DataDir);
        KeyRotation.Result result;
        try
        {
            result = KeyRotation.Rotate(folder.DataDir, password, DateTimeOffset.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SealBrokenException)
        {
            return Refuse($"the key was not rotated, nothing changed: {e.Message}");
        }

        // The operators' session keys are sealed under the old key: they open no more, so they go, and operators sign in again.
        var sessionKeys = Path.Combine(folder.DataDir, SessionKeys.FolderName);
        if (Directory.Exists(sessionKeys))
        {
            Directory.Delete(sessionKeys, recursive: true);
        }

        Console.WriteLine(
            $"rotated the key of {folder.DataDir}: {result.Records} records copied, {result.SealedValues} personal fields sealed anew; " +
            $"operators sign in again. Backups made before now open only with the old key, kept as {result.OldKeyFile}: " +
            "move it to where those backups are kept, or delete it once they are gone");
        return 0;
    }

    private static int Refuse(string reason)
    {
        Console.Error.WriteLine($"chatbot keys: {reason}");
        return 2;
    }
}
