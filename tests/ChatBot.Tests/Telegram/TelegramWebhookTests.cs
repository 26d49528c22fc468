using System.Net;
using System.Net.Http.Json;
using System.Text;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;
using ChatBot.Testing.Telegram;

namespace ChatBot.Tests.Telegram;

/// <summary>Webhook mode: Telegram posts updates to the service, which checks the secret Telegram was given.</summary>
[Collection(TelegramHostCollection.Name)]
public sealed class TelegramWebhookTests : IAsyncLifetime
{
    private const string Secret = "webhook-Secret_42";
    private const string PublicUrl = "https://bot.example.kz/api/telegram/webhook";

    private readonly TemporaryFolder _data = new();
    private readonly HttpClient _http = new();
    private FakeBotApi _api = null!;
    private TelegramHost _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _host = await TelegramHost.StartAsync(_api, _data.Path, "--Telegram:WebhookUrl=" + PublicUrl, "--Telegram:WebhookSecret=" + Secret);
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        await _api.DisposeAsync();
        _http.Dispose();
        _data.Dispose();
    }

    [Fact]
    public async Task TheWebhookIsRegisteredWithItsSecretAndNoUpdatesArePolled()
    {
        await _api.WaitUntilAsync(() => _api.Calls("setWebhook").Count > 0, "setWebhook");

        var call = _api.Calls("setWebhook").Single();
        Assert.Equal(PublicUrl, call.Body["url"]!.ToString());
        Assert.Equal(Secret, call.Body["secret_token"]!.ToString());
        Assert.Empty(_api.Calls("getUpdates"));
    }

    [Fact]
    public async Task AnUpdateWithAWrongOrMissingSecretIsRefused()
    {
        var user = _api.User(8001);
        var update = _api.UpdateWithId(user.Send("/start"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(update.ToJsonString(), "wrong-secret")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(update.ToJsonString(), secret: null)).StatusCode);
        Assert.Null(_host.Runtime.Store.Find("telegram:8001"));
    }

    [Fact]
    public async Task AnUpdateWithTheRightSecretIsAnswered()
    {
        var user = _api.User(8002, "kk");
        var update = _api.UpdateWithId(user.Send("/start"));

        var response = await PostAsync(update.ToJsonString(), Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var greeting = await user.NextReplyAsync();
        Assert.StartsWith(SharedModel.Knowledge.Texts.Get(TextKeys.Greeting, Language.Kk).Trim(), WebUtility.HtmlDecode(greeting.Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUpdateTelegramPostsAgainIsAnsweredOnce()
    {
        var user = _api.User(8003);
        var update = _api.UpdateWithId(user.Send("/help")).ToJsonString();

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(update, Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(update, Secret)).StatusCode);

        await user.NextReplyAsync();
        await _host.OutboxDrainedAsync(_api, user.ChatId);
        Assert.Single(_api.Sent(user.ChatId));
    }

    [Fact]
    public async Task APressTelegramPostsAgainEditsThePressedMessageOnceAndIsAnsweredOnce()
    {
        var user = _api.User(8004);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(_api.UpdateWithId(user.Send("/start")).ToJsonString(), Secret)).StatusCode);
        var greeting = await user.NextReplyAsync();
        var allTopics = SharedModel.Knowledge.Texts.Get(TextKeys.ButtonTopics, Language.Ru).Trim();
        var press = _api.UpdateWithId(user.Press(allTopics)).ToJsonString();

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(press, Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(press, Secret)).StatusCode);

        await user.NextReplyAsync();
        await _host.OutboxDrainedAsync(_api, user.ChatId);
        Assert.Equal(2, _api.Sent(user.ChatId).Count);
        Assert.Single(_api.Edits(user.ChatId));
        Assert.Equal(greeting.Shown + "\n\n✓ " + allTopics, _api.Message(user.ChatId, greeting.MessageId).Text);
    }

    [Fact]
    public async Task ABodyThatIsNotAnUpdateIsABadRequestWithAReason()
    {
        var response = await PostAsync("{not json", Secret);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("not a Telegram update", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AChatMemberWithoutTheStatusThatSaysItsKindIsABadRequestNotAServerError()
    {
        var response = await PostAsync("""
            {"update_id": 90, "my_chat_member": {"chat": {"id": 8005, "type": "private"}, "date": 1772424000,
             "from": {"id": 8005, "is_bot": false, "first_name": "Айгуль"},
             "old_chat_member": {"user": {"id": 1, "is_bot": true, "first_name": "Bot"}},
             "new_chat_member": {"status": "kicked", "user": {"id": 1, "is_bot": true, "first_name": "Bot"}, "until_date": 0}}}
            """, Secret);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a Telegram update", await response.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> PostAsync(string json, string? secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, _host.Url + "/api/telegram/webhook")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return _http.SendAsync(request);
    }
}
