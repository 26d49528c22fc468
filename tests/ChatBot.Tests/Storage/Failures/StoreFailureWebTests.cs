using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBot.Storage.LiteDb;
using ChatBot.Tests.Web;

namespace ChatBot.Tests.Storage.Failures;

/// <summary>
/// The service meets a failed database: requests get 503 with a reason instead of 500, /health tells the truth, and
/// once the file is reopened (without a restart) the same conversation goes on with everything it had.
/// </summary>
public sealed class StoreFailureWebTests : IDisposable
{
    private readonly WebChatHost _host = new();
    private readonly ChatClient _chat;

    public StoreFailureWebTests() => _chat = _host.Chat();

    private ChatBotDatabase Database => _host.Service<ChatBotDatabase>();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ATurnThatMeetsTheFailureGets503ThenTheConversationGoesOnWithItsHistory()
    {
        var chat = await _chat.StartAsync("ru");
        await _chat.SayAsync(chat, "как открыть ИП?");

        LiteDbFailure.CloseTheEngine(Database);
        using var failed = await _chat.PostAsync(chat, new { text = "а сколько это стоит?" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal("2", failed.Headers.RetryAfter?.ToString());
        var problem = await failed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("database", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        await LiteDbFailure.WaitUntilServingAsync(Database);
        var answered = await _chat.SayAsync(chat, "как открыть ИП?");
        Assert.NotEmpty(answered.Replies);
        var history = await _chat.HistoryAsync(chat);
        Assert.Equal(2, history.Messages.Count(m => m.From == "user" && m.Text == "как открыть ИП?"));
    }

    [Fact]
    public async Task HealthSays503WithTheReasonWhileTheDatabaseFailsAndOkOnceItIsReopened()
    {
        using var client = _host.Client();
        using (var healthy = await client.GetAsync("/health"))
        {
            Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        }

        LiteDbFailure.CloseTheEngine(Database);
        using (var failing = await client.GetAsync("/health"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, failing.StatusCode);
            var body = await failing.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("unavailable", body.GetProperty("status").GetString());
            Assert.Contains("closed its engine", body.GetProperty("reason").GetString(), StringComparison.Ordinal);
        }

        await LiteDbFailure.WaitUntilServingAsync(Database);
        using var again = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }
}
