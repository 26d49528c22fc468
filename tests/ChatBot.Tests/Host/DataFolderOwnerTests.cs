using ChatBot.Host.Composition;
using ChatBot.Testing;

namespace ChatBot.Tests.Host;

/// <summary>
/// The running service owns its data folder: a verb or a second service started on it is refused in one line that
/// names the service, and writes nothing, where before both opened the file and the verb's account was lost.
/// </summary>
public sealed class DataFolderOwnerTests
{
    [Fact]
    public async Task WhileTheServiceRunsAVerbIsRefusedNamingItAndOnceTheServiceIsKilledNothingWasWrittenAndNothingBlocks()
    {
        using var service = await ServiceProcess.StartAsync();
        string[] folder = ["--ChatBot:DataDir=" + service.DataDir, "--ChatBot:DatabasePassword=process-password"];

        var (exitCode, output) = await ServiceProcess.RunToEndWithInputAsync(
            "late-password-1\n", ["operators", "add", "--login", "late1", "--role", "operator", .. folder]);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(output.Trim().Split('\n'));
        Assert.StartsWith($"chatbot: the data folder {service.DataDir} is in use by the service (pid {service.ProcessId}, started ", line, StringComparison.Ordinal);
        Assert.EndsWith("; stop it first (while it runs, make changes in the operators' console or the admin API)", line, StringComparison.Ordinal);

        var (secondExit, secondOutput) = await ServiceProcess.RunToEndAsync(["--urls", "http://127.0.0.1:0", .. folder]);
        Assert.Equal(2, secondExit);
        Assert.Contains($"is in use by the service (pid {service.ProcessId}, ", secondOutput, StringComparison.Ordinal);

        // The lock file stays behind the killed service; the OS has let go of its lock.
        service.Kill();
        Assert.True(File.Exists(Path.Combine(service.DataDir, DataFolderLock.FileName)));
        var (listExit, accounts) = await ServiceProcess.RunToEndAsync(["operators", "list", .. folder]);
        Assert.Equal(0, listExit);
        Assert.DoesNotContain("late1", accounts, StringComparison.Ordinal);
    }
}
