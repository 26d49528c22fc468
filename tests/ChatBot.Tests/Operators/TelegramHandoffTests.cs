using System.Net;
using System.Net.Http.Json;
using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Operators;
using ChatBot.Operators.Accounts;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing;
using ChatBot.Testing.Telegram;
using ChatBot.Tests.Telegram;

namespace ChatBot.Tests.Operators;

/// <summary>
/// The same handoff with a Telegram user: the real service on a free port, its Telegram channel on the fake Bot
/// API, the operator over HTTP with a cookie session. Operators are available around the clock here, so the test
/// does not depend on when it runs.
/// </summary>
[Collection(TelegramHostCollection.Name)]
public sealed class TelegramHandoffTests : IAsyncLifetime
{
    private readonly TemporaryFolder _data = new();
    private FakeBotApi _api = null!;
    private TelegramHost _host = null!;

    private static string Text(string key) => WebUtility.HtmlEncode(SharedModel.Knowledge.Texts.Get(key, Language.Ru).Trim());

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        string[] everyDay = [.. Enum.GetNames<DayOfWeek>().Select((d, i) => $"--ChatBot:WorkingHours:Days:{i}={d}")];
        _host = await TelegramHost.StartAsync(
            _api, _data.Path, ["--ChatBot:WorkingHours:Opens=00:00", "--ChatBot:WorkingHours:Closes=23:59:59.9999999", .. everyDay]);
        new OperatorAccounts(new LiteOperatorAccounts(_host.Runtime.Database)).Add("aigerim", OperatorRoles.Operator, "correct-horse-7", DateTimeOffset.UtcNow);
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        await _api.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task ATelegramUserAsksForAPersonTheOperatorTakesItRepliesAndGivesItBackToTheBot()
    {
        var user = _api.User(7001, "ru");
        user.Send("/operator");
        Assert.StartsWith(Text(TextKeys.HandoffQueuedNext).Split('{')[0], (await user.NextReplyAsync()).Text, StringComparison.Ordinal);

        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(_host.Url) };
        var aigerim = await new OperatorClient(http).SignedInAsync("aigerim", "correct-horse-7");
        Assert.Equal("telegram:7001", Assert.Single(await aigerim.QueueAsync()).GetProperty("conversationId").GetString());
        (await aigerim.ClaimAsync("telegram:7001")).EnsureSuccessStatusCode();
        Assert.Equal(Text(TextKeys.HandoffClaimed), (await user.NextReplyAsync()).Text);

        // The user's question reaches the console, and the bot does not answer it: the next message is the operator's.
        user.Send("как открыть ИП?");
        await _api.WaitUntilAsync(
            () => aigerim.QueueAsync().Result.Single().GetProperty("lastQuestion").GetString() == "как открыть ИП?",
            "the question in the queue");
        (await aigerim.SayAsync("telegram:7001", "Здравствуйте! Подскажу, как открыть ИП в вашем случае.")).EnsureSuccessStatusCode();
        Assert.Equal("Здравствуйте! Подскажу, как открыть ИП в вашем случае.", (await user.NextReplyAsync()).Text);

        (await aigerim.ReleaseAsync("telegram:7001")).EnsureSuccessStatusCode();
        var asked = await user.NextReplyAsync();
        Assert.Equal(Text(TextKeys.HandoffReleased) + "\n\n" + Text(TextKeys.HandoffRating), asked.Text);
        user.Press("5");
        Assert.Equal(Text(TextKeys.HandoffRatingThanks), (await user.NextReplyAsync()).Text);
        Assert.Equal(5, Assert.Single(new LiteHandoffLog(_host.Runtime.Database).All()).Rating);
        user.Send("как открыть ИП?");
        var answer = SharedModel.Knowledge.Find("register_sole_proprietor")!.FirstAnswer!.In(Language.Ru).Trim();
        Assert.StartsWith(WebUtility.HtmlEncode(answer)[..40], (await user.NextReplyAsync()).Text, StringComparison.Ordinal);
    }
}
