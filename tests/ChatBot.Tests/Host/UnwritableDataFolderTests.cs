using ChatBot.Storage.LiteDb;
using ChatBot.Testing;

namespace ChatBot.Tests.Host;

/// <summary>
/// A data folder that went read-only under its database stops the service and the verbs at once, in one line with
/// exit code 2 (a supervisor can tell it from a crash and not restart in a loop), never a stack trace.
/// </summary>
public sealed class UnwritableDataFolderTests : IDisposable
{
    private readonly UnwritableFolder _data = new(path => new ChatBotDatabase(Path.Combine(path, ChatBotDatabase.FileName), "process-password").Dispose());

    public void Dispose() => _data.Dispose();

    [UnwritableFolderFact]
    public Task TheServiceStopsInOneLineWithExitCodeTwo() => AssertStopsInOneLine("--urls", "http://127.0.0.1:0");

    [UnwritableFolderFact]
    public Task AVerbStopsInOneLineWithExitCodeTwo() => AssertStopsInOneLine("operators", "list");

    private async Task AssertStopsInOneLine(params string[] arguments)
    {
        var (exitCode, output) = await ServiceProcess.RunToEndAsync(
            [.. arguments, "--ChatBot:DataDir=" + _data.Path, "--ChatBot:DatabasePassword=process-password"]);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(output.Trim().Split('\n'));
        Assert.StartsWith($"chatbot: ChatBot:DataDir '{_data.Path}' cannot hold the database: ", line, StringComparison.Ordinal);
    }
}
