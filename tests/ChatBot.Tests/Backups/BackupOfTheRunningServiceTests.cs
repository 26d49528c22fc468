using System.Net;
using System.Net.Http.Json;
using ChatBot.Core.Messages;
using ChatBot.Core.Storage;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing;
using ChatBot.Web.Api;

namespace ChatBot.Tests.Backups;

/// <summary>
/// <c>chatbot backup</c> against the service as its own process, which holds the database: the verb asks it through
/// the local socket, and the copy, restored into an empty folder, opens and holds what the service had.
/// </summary>
public sealed class BackupOfTheRunningServiceTests
{
    private const string Password = "process-password";

    [Fact]
    public async Task ABackupOfTheRunningServiceRestoredIntoAnEmptyFolderOpensAndHoldsItsConversationsAndOperatorAccounts()
    {
        using var service = await ServiceProcess.StartAsync(async dataDir =>
        {
            var (added, output) = await ServiceProcess.RunToEndWithInputAsync(
                "boss-password-1\n", ["operators", "add", "--login", "boss", "--role", "admin", .. Folder(dataDir)]);
            Assert.True(added == 0, output);
        });
        using var http = new HttpClient { BaseAddress = new Uri(service.Url) };
        using var started = await http.PostAsJsonAsync("/api/chat/conversations", new { lang = "ru" });
        var chat = (await started.Content.ReadFromJsonAsync<StartConversationResponse>())!;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/chat/conversations/{chat.ConversationId}/messages")
        {
            Content = JsonContent.Create(new { text = "как открыть ИП?" }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", chat.Token);
        using var answered = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);

        using var away = new TemporaryFolder();
        var copy = away.File("copy.db");
        var (backedUp, backupOutput) = await ServiceProcess.RunToEndAsync(["backup", "--out", copy, .. Folder(service.DataDir)]);
        Assert.True(backedUp == 0, backupOutput + service.Output);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(copy));
        }
        using (var health = await http.GetAsync("/health"))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        var restoredDir = away.File("restored");
        var (restored, restoreOutput) = await ServiceProcess.RunToEndAsync(["restore", copy, .. Folder(restoredDir)]);
        Assert.True(restored == 0, restoreOutput);

        var (listed, accounts) = await ServiceProcess.RunToEndAsync(["operators", "list", .. Folder(restoredDir)]);
        Assert.True(listed == 0, accounts);
        Assert.Contains("boss\tadmin", accounts, StringComparison.Ordinal);
        using var database = new ChatBotDatabase(Path.Combine(restoredDir, ChatBotDatabase.FileName), Password);
        var transcript = new LiteConversationStore(database).Transcript(ConversationIds.Of(Channels.Web, chat.ConversationId));
        Assert.Contains(transcript, entry => entry.Text == "как открыть ИП?");
    }

    [Fact]
    public async Task WhileTheServiceRunsARestoreIntoItsFolderIsRefusedNamingItAndTheLocalBackupIsNotServedOverTcp()
    {
        using var service = await ServiceProcess.StartAsync();
        using var away = new TemporaryFolder();
        var copy = away.File("copy.db");
        var (backedUp, backupOutput) = await ServiceProcess.RunToEndAsync(["backup", "--out", copy, .. Folder(service.DataDir)]);
        Assert.True(backedUp == 0, backupOutput + service.Output);

        var (exitCode, output) = await ServiceProcess.RunToEndAsync(["restore", copy, .. Folder(service.DataDir)]);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(output.Trim().Split('\n'));
        Assert.StartsWith($"chatbot: the data folder {service.DataDir} is in use by the service (pid {service.ProcessId}, ", line, StringComparison.Ordinal);

        using var http = new HttpClient();
        using var overTcp = await http.PostAsJsonAsync(service.Url + "/local/backup", new { @out = away.File("tcp.db") });
        Assert.Equal(HttpStatusCode.NotFound, overTcp.StatusCode);
        Assert.False(File.Exists(away.File("tcp.db")));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(Path.Combine(service.DataDir, "chatbot.sock")) & ~UnixFileMode.UserExecute);
        }
    }

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static string[] Folder(string dataDir) => ["--ChatBot:DataDir=" + dataDir, "--ChatBot:DatabasePassword=" + Password];
}
