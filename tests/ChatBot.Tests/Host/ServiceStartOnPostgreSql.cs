using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using ChatBot.Host.Composition;
using ChatBot.Storage.LiteDb;
using ChatBot.Storage.PostgreSql;
using ChatBot.Testing;
using ChatBot.Testing.PostgreSql;
using ChatBot.Tests.Contracts;
using ChatBot.Web.Api;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ChatBot.Tests.Host;

/// <summary>
/// The service started with <c>Storage:Provider=PostgreSql</c> on a database of the tests' server, as its own process:
/// it serves from PostgreSQL once every store is there, and until then refuses in one line naming what is missing.
/// A setting it cannot use, or a server that does not answer, is one line too.
/// </summary>
public sealed class ServiceStartOnPostgreSql
{
    [StoreFact]
    public async Task TheServiceAnswersAWebChatTurnFromPostgreSqlOnceEveryStoreIsThereAndRefusesInOneLineUntilThen()
    {
        var database = PostgresServer.NewDatabase();
        string[] settings = ["--Storage:Provider=PostgreSql", "--Storage:ConnectionString=" + database];
        if (PostgreSqlStorage.NotYetThere.Count > 0)
        {
            var (exitCode, output) = await ServiceProcess.RunToEndAsync(["--urls", "http://127.0.0.1:0", "--ChatBot:DatabasePassword=p", .. settings]);

            Assert.Equal(2, exitCode);
            var line = Assert.Single(output.Trim().Split('\n'));
            Assert.StartsWith("chatbot: Storage:Provider=PostgreSql cannot serve yet: ", line, StringComparison.Ordinal);
            Assert.All(PostgreSqlStorage.NotYetThere, missing => Assert.Contains(missing, line, StringComparison.Ordinal));
            return;
        }

        using var service = await ServiceProcess.StartAsync(settings);
        using var http = new HttpClient { BaseAddress = new Uri(service.Url) };
        using var started = await http.PostAsJsonAsync("/api/chat/conversations", new { lang = "ru" });
        var chat = (await started.Content.ReadFromJsonAsync<StartConversationResponse>())!;
        using var message = new HttpRequestMessage(HttpMethod.Post, $"/api/chat/conversations/{chat.ConversationId}/messages")
        {
            Content = new StringContent("""{"text":"как открыть ИП?"}""", Encoding.UTF8, "application/json"),
        };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", chat.Token);
        using var answered = await http.SendAsync(message);
        using var health = await http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.NotEmpty((await answered.Content.ReadFromJsonAsync<RepliesResponse>())!.Replies);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.True(TranscriptLines(database) >= 2, "the turn's transcript is in PostgreSQL");
        Assert.False(File.Exists(Path.Combine(service.DataDir, ChatBotDatabase.FileName)), "no LiteDB file was made");
    }

    [Fact]
    public async Task AConnectionStringThatIsNotOneIsOneLineNamingTheKeyAndExitCodeTwo()
    {
        var (exitCode, output) = await ServiceProcess.RunToEndAsync(
            "--urls", "http://127.0.0.1:0", "--Storage:Provider=PostgreSql", "--Storage:ConnectionString=Hots=db;Nonsense", "--ChatBot:DatabasePassword=p");

        Assert.Equal(2, exitCode);
        var lines = output.Trim().Split('\n');
        Assert.All(lines, line => Assert.StartsWith("chatbot: ", line, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("chatbot: Storage:ConnectionString is not a PostgreSQL connection string", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutAConnectionStringOrAPasswordEachIsNamed()
    {
        var problems = new StorageOptions { Provider = StorageProvider.PostgreSql }.Problems(databasePassword: null).ToList();

        Assert.Contains(problems, p => p.StartsWith("Storage:ConnectionString is empty", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("ChatBot:DatabasePassword is empty", StringComparison.Ordinal));
        Assert.Empty(new StorageOptions().Problems(databasePassword: null));
    }

    [Fact]
    public void AServerThatDoesNotAnswerIsNamedInOneSentenceNotAStackTrace()
    {
        var storage = new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = $"Host=127.0.0.1;Port={ClosedPort()};Username=chatbot;Timeout=3" };
        using var data = new TemporaryFolder();
        using var services = new ServiceCollection()
            .AddSingleton(Microsoft.Extensions.Options.Options.Create(new ChatBotOptions { DataDir = data.Path, DatabasePassword = "p" }))
            .AddChatBot(storage, holder: "a test")
            .BuildServiceProvider();

        var refused = Assert.Throws<DatabaseUnreachableException>(services.GetRequiredService<ChatBot.Core.Storage.IStoreHealth>);

        Assert.StartsWith("the PostgreSQL database of Storage:ConnectionString cannot be opened: ", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
    }

    [Fact]
    public async Task BackupOnPostgreSqlSaysItIsPgDumpsInOneLine()
    {
        var (exitCode, output) = await ServiceProcess.RunToEndAsync("backup", "--out", "/tmp/x.db", "--Storage:Provider=PostgreSql");

        Assert.Equal(2, exitCode);
        Assert.Equal("chatbot: " + PostgreSqlRefusals.Backup, output.Trim());
    }

    private static long TranscriptLines(string database)
    {
        using var connection = new NpgsqlConnection(database);
        connection.Open();
        using var count = new NpgsqlCommand("select count(*) from transcript", connection);
        return (long)count.ExecuteScalar()!;
    }

    // A port nothing listens on: taken from the system, then let go.
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
