using ChatBot.Host.Cli;
using ChatBot.Host.Composition;
using ChatBot.Storage.LiteDb;
using ChatBot.Storage.LiteDb.Trainings;
using ChatBot.Testing;
using static ChatBot.Tests.Storage.Sealing.SealedFieldsTests;

namespace ChatBot.Tests.Host;

/// <summary><c>chatbot keys rotate</c>: a new key with the service stopped; every refusal one line, exit 2, the key untouched.</summary>
public sealed class KeysRotateCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string KeyFile => _folder.File(DatabasePassword.KeyFileName);

    [Fact]
    public async Task ARotationGivesTheFolderANewKeyThatOpensItsRecordsAndDropsTheOldSessionKeys()
    {
        var oldKey = Seed();
        Directory.CreateDirectory(_folder.File(SessionKeys.FolderName));
        File.WriteAllText(Path.Combine(_folder.File(SessionKeys.FolderName), "key-1.xml"), "<sealedKey/>");

        var (exitCode, output) = await ServiceProcess.RunToEndAsync(["keys", "rotate", "--ChatBot:DataDir=" + _folder.Path]);

        Assert.True(exitCode == 0, output);
        var line = Assert.Single(output.Trim().Split('\n'));
        Assert.StartsWith($"rotated the key of {_folder.Path}: ", line, StringComparison.Ordinal);
        Assert.Contains("4 personal fields sealed anew; operators sign in again", line, StringComparison.Ordinal);
        var newKey = File.ReadAllText(KeyFile);
        Assert.NotEqual(oldKey, newKey);
        Assert.False(Directory.Exists(_folder.File(SessionKeys.FolderName)));
        using var database = new ChatBotDatabase(_folder.File(ChatBotDatabase.FileName), newKey);
        Assert.Equal("+77019876543", new LiteTrainees(database).Find("telegram:1")!.Phone);
    }

    [Fact]
    public async Task ARotationWhileTheServiceHoldsTheFolderIsRefusedAndTheKeyStays()
    {
        var oldKey = Seed();

        using (DataFolderLock.Take(_folder.Path, DataFolderLock.Service))
        {
            Assert.Equal(2, await Verbs.RunAsync(["keys", "rotate", "--ChatBot:DataDir=" + _folder.Path]));
        }

        Assert.Equal(oldKey, File.ReadAllText(KeyFile));
    }

    [Fact]
    public async Task AConfiguredKeyAMissingDatabaseAndAMissingActionAreEachRefusedInOneLine()
    {
        var (configured, configuredOutput) = await ServiceProcess.RunToEndAsync(
            ["keys", "rotate", "--ChatBot:DataDir=" + _folder.Path, "--ChatBot:DatabasePassword=secret"]);
        var (empty, emptyOutput) = await ServiceProcess.RunToEndAsync(["keys", "rotate", "--ChatBot:DataDir=" + _folder.Path]);
        var (bare, bareOutput) = await ServiceProcess.RunToEndAsync(["keys"]);

        Assert.Equal(2, configured);
        Assert.Equal(
            "chatbot keys: the key is configured (ChatBot:DatabasePassword), not generated: rotation replaces the generated chatbot.key only",
            configuredOutput.Trim());
        Assert.Equal(2, empty);
        Assert.Equal($"chatbot keys: there is no database in {_folder.Path}", emptyOutput.Trim());
        Assert.Equal(2, bare);
        Assert.Equal("usage: chatbot keys rotate   (with the service stopped)", bareOutput.Trim());
        Assert.False(File.Exists(KeyFile));
    }

    // A folder with a generated key and a trainee in it; returns the key.
    private string Seed()
    {
        var (key, _) = DatabasePassword.Resolve(null, _folder.Path);
        using var database = new ChatBotDatabase(_folder.File(ChatBotDatabase.FileName), key);
        new LiteTrainees(database).Save(Trainee("telegram:1"));
        return key;
    }
}
