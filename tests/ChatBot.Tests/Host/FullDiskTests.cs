using ChatBot.Testing;

namespace ChatBot.Tests.Host;

/// <summary>
/// A disk with no room for the data folder, or for a new database in it, stops the service and the verbs at once in
/// one line with exit code 2, where before LiteDB's failure ended in a stack trace.
/// </summary>
public sealed class FullDiskTests
{
    [FullFolderFact]
    public async Task OnAFullDiskTheServiceStopsInOneLineWithExitCodeTwo()
    {
        using var full = new FullFolder();

        var line = await OneLineOfAStopAsync("--urls", "http://127.0.0.1:0", "--ChatBot:DataDir=" + full.Path);

        Assert.StartsWith($"chatbot: ChatBot:DataDir '{full.Path}' cannot hold the database: No space left on device", line, StringComparison.Ordinal);
    }

    [FullFolderFact]
    public async Task ADiskWithRoomForLessThanANewDatabaseStopsAVerbInOneLineWithExitCodeTwo()
    {
        using var nearlyFull = new FullFolder(roomLeft: 128 * 1024);

        var line = await OneLineOfAStopAsync("operators", "list", "--ChatBot:DataDir=" + nearlyFull.Path, "--ChatBot:DatabasePassword=process-password");

        Assert.StartsWith($"chatbot: the database in {nearlyFull.Path} cannot be opened: No space left on device", line, StringComparison.Ordinal);
    }

    private static async Task<string> OneLineOfAStopAsync(params string[] arguments)
    {
        var (exitCode, output) = await ServiceProcess.RunToEndAsync(arguments);

        Assert.True(exitCode == 2, $"exit code {exitCode}:\n{output}");
        return Assert.Single(output.Trim().Split('\n'));
    }
}
