using ChatBot.Storage.LiteDb;
using ChatBot.Testing;

namespace ChatBot.Tests.Backups;

/// <summary>
/// <c>chatbot restore</c> puts a backup in place only where nothing is lost and only a backup that opens: every
/// refusal is one line and exit code 2, and leaves the folder as it was.
/// </summary>
public sealed class RestoreRefusalTests
{
    [Fact]
    public async Task ABackupMadeWithoutTheServiceRestoresWithItsKeyFileAndTheKeyIsPutBesideIt()
    {
        using var work = new TemporaryFolder();
        var source = work.File("source");
        var (generatedKey, _) = DatabasePassword.Resolve(null, source);
        using (var database = new ChatBotDatabase(Path.Combine(source, ChatBotDatabase.FileName), generatedKey))
        {
            database.InTransaction(db => db.GetCollection("meta").Upsert(new LiteDB.BsonDocument { ["_id"] = "marker", ["v"] = 42 }));
        }

        var (backedUp, backupOutput) = await ServiceProcess.RunToEndAsync(["backup", "--out", work.File("copy.db"), "--ChatBot:DataDir=" + source]);
        Assert.True(backedUp == 0, backupOutput);

        var target = work.File("target");
        var (restored, output) = await ServiceProcess.RunToEndAsync(
            ["restore", work.File("copy.db"), "--key", Path.Combine(source, DatabasePassword.KeyFileName), "--ChatBot:DataDir=" + target]);

        Assert.True(restored == 0, output);
        Assert.Equal(generatedKey, File.ReadAllText(Path.Combine(target, DatabasePassword.KeyFileName)));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(target, ChatBotDatabase.FileName)));
        }
        using var opened = new ChatBotDatabase(Path.Combine(target, ChatBotDatabase.FileName), generatedKey);
        Assert.Equal(42, opened.Database.GetCollection("meta").FindById("marker")["v"].AsInt32);
    }

    [Fact]
    public async Task ARestoreIntoAFolderThatHoldsAnythingIsRefusedInOneLineAndTheFolderIsLeftAlone()
    {
        using var work = new TemporaryFolder();
        var copy = MakeBackup(work, "secret");
        var target = work.File("target");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "notes.txt"), "mine");

        var (exitCode, output) = await ServiceProcess.RunToEndAsync(["restore", copy, "--ChatBot:DataDir=" + target, "--ChatBot:DatabasePassword=secret"]);

        Assert.Equal(2, exitCode);
        Assert.Equal($"chatbot restore: the data folder {target} is not empty (notes.txt); restore into an empty or new folder", output.Trim());
        Assert.False(File.Exists(Path.Combine(target, ChatBotDatabase.FileName)));
    }

    [Fact]
    public async Task ABackupThatTheKeyDoesNotOpenIsRefusedInOneLineBeforeAnythingIsPutInPlace()
    {
        using var work = new TemporaryFolder();
        var copy = MakeBackup(work, "secret");
        var target = work.File("target");

        var (exitCode, output) = await ServiceProcess.RunToEndAsync(["restore", copy, "--ChatBot:DataDir=" + target, "--ChatBot:DatabasePassword=not-the-secret"]);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(output.Trim().Split('\n'));
        Assert.Equal($"chatbot restore: {copy} cannot be restored: the key does not open it (a backup opens only with the key of the database it was made from)", line);
        Assert.False(File.Exists(Path.Combine(target, ChatBotDatabase.FileName)));
    }

    [Fact]
    public async Task ARestoreWithoutAKeyOrOfAMissingFileSaysSoInOneLine()
    {
        using var work = new TemporaryFolder();
        var copy = MakeBackup(work, "secret");

        var (noKey, noKeyOutput) = await ServiceProcess.RunToEndAsync(["restore", copy, "--ChatBot:DataDir=" + work.File("target")]);
        var (missing, missingOutput) = await ServiceProcess.RunToEndAsync(["restore", work.File("none.db"), "--ChatBot:DataDir=" + work.File("target")]);

        Assert.Equal(2, noKey);
        Assert.StartsWith("chatbot restore: say which key opens the backup: --key KEYFILE", Assert.Single(noKeyOutput.Trim().Split('\n')), StringComparison.Ordinal);
        Assert.Equal(2, missing);
        Assert.Equal($"chatbot restore: there is no file {work.File("none.db")}", missingOutput.Trim());
    }

    private static string MakeBackup(TemporaryFolder work, string password)
    {
        var copy = work.File("copy.db");
        using var database = new ChatBotDatabase(work.File(ChatBotDatabase.FileName), password);
        database.BackUpTo(copy);
        return copy;
    }
}
