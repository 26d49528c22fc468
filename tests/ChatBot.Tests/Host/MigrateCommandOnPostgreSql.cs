using System.Text;
using ChatBot.Host.Cli;
using ChatBot.Storage.LiteDb;
using ChatBot.Storage.PostgreSql;
using ChatBot.Testing;
using ChatBot.Testing.PostgreSql;
using ChatBot.Tests.Contracts;
using static ChatBot.Tests.Contracts.Samples;

namespace ChatBot.Tests.Host;

public sealed class MigrateCommandOnPostgreSql : IDisposable
{
    private const string Key = "the-folders-generated-key";

    private readonly TemporaryFolder _folder = new();

    [StoreFact]
    public async Task ADataFolderMigratesWithItsKeyAndThePostgreSqlStoreReadsIt()
    {
        var target = FolderWithOneConversation();

        var (exit, output, error) = await Run("migrate", "--from-litedb", _folder.Path, "--to", target);

        Assert.True(exit == 0, error);
        Assert.Contains("every one verified", output, StringComparison.Ordinal);
        using var database = new PgDatabase(target, Key);
        Assert.Equal(["как открыть ИП?"], new PgConversationStore(database).Transcript("telegram:1").Select(t => t.Text));
    }

    [StoreFact]
    public async Task ADatabaseAlreadyMigratedIsRefusedInOneLine()
    {
        var target = FolderWithOneConversation();
        Assert.Equal(0, (await Run("migrate", "--from-litedb", _folder.Path, "--to", target)).Exit);

        var (exit, _, error) = await Run("migrate", "--from-litedb", _folder.Path, "--to", target);

        Assert.Equal(1, exit);
        Assert.Equal("chatbot migrate: the PostgreSQL database already holds records (conversations); migrate into an empty one", error.Trim());
    }

    private string FolderWithOneConversation()
    {
        DatabasePassword.WriteKeyFile(_folder.Path, Key);
        using (var lite = new ChatBotDatabase(_folder.File(ChatBotDatabase.FileName), Key))
        {
            var conversation = Conversation("1");
            new LiteConversationStore(lite).Commit(Turn(conversation) with { Transcript = [Line(conversation, "как открыть ИП?")] });
        }

        return PostgresServer.NewDatabase();
    }

    private static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter(new StringBuilder());
        var error = new StringWriter(new StringBuilder());
        var (outBefore, errorBefore) = (Console.Out, Console.Error);
        Console.SetOut(TextWriter.Synchronized(output));
        Console.SetError(TextWriter.Synchronized(error));
        try
        {
            return (await Verbs.RunAsync(args), output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(outBefore);
            Console.SetError(errorBefore);
        }
    }

    public void Dispose() => _folder.Dispose();
}
