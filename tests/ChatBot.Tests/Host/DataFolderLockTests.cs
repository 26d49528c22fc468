using ChatBot.Host.Cli;
using ChatBot.Host.Composition;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing;

namespace ChatBot.Tests.Host;

/// <summary>One holder of a data folder at a time, named to whoever comes second; letting go frees it.</summary>
public sealed class DataFolderLockTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ASecondHolderIsRefusedNamingTheFirstUntilTheFirstLetsGo()
    {
        var first = DataFolderLock.Take(_folder.Path, DataFolderLock.Service);

        var refused = Assert.Throws<DataFolderException>(() => DataFolderLock.Take(_folder.Path, "chatbot operators"));
        Assert.Contains($"is in use by the service (pid {Environment.ProcessId}, started ", refused.Message, StringComparison.Ordinal);

        first.Dispose();
        Assert.False(File.Exists(_folder.File(DataFolderLock.OwnerFileName)));
        using var second = DataFolderLock.Take(_folder.Path, "chatbot operators");
        Assert.StartsWith("chatbot operators (pid ", File.ReadAllText(_folder.File(DataFolderLock.OwnerFileName)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVerbRefusedByAHeldFolderWritesNothingThereNotEvenAKey()
    {
        using (DataFolderLock.Take(_folder.Path, DataFolderLock.Service))
        {
            Assert.Equal(2, await Verbs.RunAsync(["operators", "add", "--login", "late1", "--role", "operator", "--ChatBot:DataDir=" + _folder.Path]));
        }

        Assert.False(File.Exists(_folder.File(ChatBotDatabase.FileName)));
        Assert.False(File.Exists(_folder.File(DatabasePassword.KeyFileName)));
    }
}
