using ChatBot.Host.Cli;
using ChatBot.Host.Composition;
using ChatBot.Nlu.Intents;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing;

namespace ChatBot.Tests.Host;

/// <summary>
/// The data folder and the files of ours in it are the owner's only (0700, 0600) whatever the umask; files an older
/// version left open are closed, and a folder the program did not make is warned about, not changed.
/// </summary>
public sealed class DataFolderModesTests : IDisposable
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = OwnerOnlyFile | UnixFileMode.UserExecute;
    private const UnixFileMode OpenFile = OwnerOnlyFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode OpenFolder = OwnerOnlyFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AFolderTheProgramMakesIsTheOwnersOnlyAndSoIsEveryFileItWritesThere()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var data = _folder.File("data");

        Assert.Equal(0, await Verbs.RunAsync(["operators", "list", "--ChatBot:DataDir=" + data]));

        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(data));
        foreach (var name in new[] { ChatBotDatabase.FileName, DatabasePassword.KeyFileName, DataFolderLock.FileName })
        {
            Assert.Equal((name, OwnerOnlyFile), (name, File.GetUnixFileMode(Path.Combine(data, name))));
        }
    }

    [Fact]
    public void TheModelsFolderTheServiceMakesAndTheModelItWritesThereAreTheOwnersOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var models = new ChatBotOptions { DataDir = _folder.File("data") }.ResolveModelDir();
        TrainingExample[] examples =
        [
            .. new[] { "как открыть ИП", "открыть ИП онлайн", "регистрация ИП" }.Select(t => new TrainingExample(t, "open", "ru")),
            .. new[] { "какой налог платит ИП", "ставка налога", "упрощёнка налог" }.Select(t => new TrainingExample(t, "tax", "ru")),
        ];

        new ModelCache(models).LoadOrTrain(examples);

        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(models));
        Assert.NotEmpty(Directory.GetFiles(models));
        foreach (var model in Directory.GetFiles(models))
        {
            Assert.Equal((model, OwnerOnlyFile), (model, File.GetUnixFileMode(model)));
        }
    }

    [Fact]
    public async Task FilesAnOlderVersionLeftOpenAreClosedAndAnOpenFolderIsWarnedAboutNotChanged()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var data = Directory.CreateDirectory(_folder.File("data")).FullName;
        File.SetUnixFileMode(data, OpenFolder);
        var (password, _) = DatabasePassword.Resolve(null, data);
        new ChatBotDatabase(Path.Combine(data, ChatBotDatabase.FileName), password).Dispose();
        File.SetUnixFileMode(Path.Combine(data, ChatBotDatabase.FileName), OpenFile);
        File.SetUnixFileMode(Path.Combine(data, DatabasePassword.KeyFileName), OpenFile);

        Assert.Equal(0, await Verbs.RunAsync(["operators", "list", "--ChatBot:DataDir=" + data]));

        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(Path.Combine(data, ChatBotDatabase.FileName)));
        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(Path.Combine(data, DatabasePassword.KeyFileName)));
        Assert.Equal(OpenFolder, File.GetUnixFileMode(data));
        Assert.Equal(
            $"ChatBot:DataDir '{data}' is open to group or others (0755); its files are the owner's only, but their names are not: chmod 700 '{data}'",
            DataFolder.Looseness(data));
    }
}
