using ChatBot.Host.Backups;
using ChatBot.Host.Composition;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Backups;

/// <summary>The daily backup on a fake clock: one a day whatever the looks, the oldest beyond the kept count deleted, all owner-only and readable.</summary>
public sealed class DailyBackupTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 1, 30, 0, TimeSpan.Zero);

    [Fact]
    public void OneBackupIsWrittenADayAndOnlyTheNewestKeepCountStay()
    {
        using var data = new TemporaryFolder();
        var time = new FakeTimeProvider(Start);
        using var folder = DataFolderLock.Take(data.Path, "the tests");
        using var database = new ChatBotDatabase(data.File(ChatBotDatabase.FileName), "secret");
        var job = new DailyBackup(database, folder, Settings(data.Path, keep: 2), time, NullLogger<DailyBackup>.Instance);
        var backups = Path.Combine(data.Path, "backups");

        Assert.Equal(Path.Combine(backups, "chatbot-20261202-013000.db"), job.RunOnce());
        time.Advance(TimeSpan.FromHours(23));
        Assert.Null(job.RunOnce());
        for (var day = 0; day < 3; day++)
        {
            time.Advance(TimeSpan.FromHours(25));
            Assert.NotNull(job.RunOnce());
        }

        Assert.Equal(
            ["chatbot-20261205-023000.db", "chatbot-20261206-033000.db"],
            Directory.GetFiles(backups).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var backup in Directory.GetFiles(backups))
        {
            Assert.Null(DatabaseCopy.Problem(backup, "secret"));
        }

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(backups));
            foreach (var backup in Directory.GetFiles(backups))
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(backup));
            }
        }
    }

    [Fact]
    public void FilesOfOtherNamesInTheBackupFolderAreNeitherCountedNorDeleted()
    {
        using var data = new TemporaryFolder();
        var backups = Directory.CreateDirectory(Path.Combine(data.Path, "backups")).FullName;
        File.WriteAllText(Path.Combine(backups, "before-upgrade.db"), "kept by hand");
        using var folder = DataFolderLock.Take(data.Path, "the tests");
        using var database = new ChatBotDatabase(data.File(ChatBotDatabase.FileName), "secret");
        var job = new DailyBackup(database, folder, Settings(data.Path, keep: 1), new FakeTimeProvider(Start), NullLogger<DailyBackup>.Instance);

        Assert.NotNull(job.RunOnce());

        Assert.Equal(2, Directory.GetFiles(backups).Length);
        Assert.True(File.Exists(Path.Combine(backups, "before-upgrade.db")));
    }

    [Fact]
    public void TurnedOffItWritesNothing()
    {
        using var data = new TemporaryFolder();
        using var folder = DataFolderLock.Take(data.Path, "the tests");
        using var database = new ChatBotDatabase(data.File(ChatBotDatabase.FileName), "secret");
        var settings = Settings(data.Path, keep: 7);
        settings.Value.Backup.Daily = false;
        var job = new DailyBackup(database, folder, settings, new FakeTimeProvider(Start), NullLogger<DailyBackup>.Instance);

        Assert.Null(job.RunOnce());
        Assert.False(Directory.Exists(Path.Combine(data.Path, "backups")));
    }

    private static IOptions<ChatBotOptions> Settings(string dataDir, int keep) =>
        Options.Create(new ChatBotOptions { DataDir = dataDir, Backup = new BackupOptions { KeepCount = keep } });
}
