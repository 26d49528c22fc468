using ChatBot.Host.Backups;
using ChatBot.Host.Composition;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Host.Cli;

/// <summary>
/// <c>chatbot backup --out FILE</c>: a consistent, encrypted copy of the database. While the service runs it is asked
/// through its local socket, since it holds the file; otherwise the verb holds the folder and copies it itself.
/// </summary>
internal static class BackupCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = CliConfiguration.Options(args);
        var requested = new VerbArguments(args).Option("--out");
        var target = requested is null ? null : Path.GetFullPath(requested);
        if (BackupTarget.Problem(target) is { } problem)
        {
            Console.Error.WriteLine($"chatbot backup: {problem}");
            return 2;
        }

        var dataDir = Path.GetFullPath(options.DataDir);
        if (!File.Exists(Path.Combine(dataDir, ChatBotDatabase.FileName)))
        {
            Console.Error.WriteLine($"chatbot backup: there is no database in {dataDir}");
            return 2;
        }

        var failure = LocalAdminClient.ServiceAnswers(dataDir)
            ? await LocalAdminClient.BackUpAsync(dataDir, target!)
            : BackUpHere(options, target!);
        if (failure is not null)
        {
            Console.Error.WriteLine($"chatbot backup: {failure}");
            return 1;
        }

        Console.WriteLine($"backed up to {target}; it opens only with the key of {dataDir} (chatbot.key or ChatBot:DatabasePassword)");
        return 0;
    }

    // No service answers: this process holds the folder (or is refused, naming its holder) and copies.
    private static string? BackUpHere(ChatBotOptions options, string target)
    {
        using var services = ChatBotServices.ForDataVerbs(options, "chatbot backup");
        try
        {
            services.GetRequiredService<ChatBotDatabase>().BackUpTo(target);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"the backup could not be written to {target}: {e.Message}";
        }
    }
}
