using System.Net;
using ChatBot.Testing;
using ChatBot.Testing.Telegram;

namespace ChatBot.Tests.Telegram;

/// <summary>The service stops after a turn is committed but before its reply reached Telegram.</summary>
[Collection(TelegramHostCollection.Name)]
public sealed class TelegramRestartTests : IAsyncLifetime
{
    private readonly TemporaryFolder _data = new();
    private FakeBotApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task AReplyCutOffByAStopIsSentExactlyOnceAfterTheRestart()
    {
        var user = _api.User(7001);
        _api.HoldSends();
        var first = await TelegramHost.StartAsync(_api, _data.Path);
        var update = user.Send("как открыть ИП?");

        // The reply is on its way (so its turn is committed), and Telegram has not answered yet: stop now.
        await _api.WaitUntilAsync(() => _api.Calls("sendMessage").Any(c => c.ChatId == user.ChatId), "the reply being sent");
        await first.StopAsync();
        await _api.WaitUntilAsync(
            () => _api.Calls("sendMessage").Single(c => c.ChatId == user.ChatId).Status == FakeBotApi.HungUp, "the held send hung up");
        _api.ReleaseSends();
        Assert.Empty(_api.Sent(user.ChatId));

        await using var second = await TelegramHost.StartAsync(_api, _data.Path);
        var answer = await user.NextReplyAsync();
        Assert.StartsWith(
            SharedModel.Knowledge.Find("register_sole_proprietor")!.FirstAnswer!.In(Core.Messages.Language.Ru).Trim(),
            WebUtility.HtmlDecode(answer.Text),
            StringComparison.Ordinal);

        // The restarted service may read the update again (its confirmation was cut off too): still one answer.
        await _api.WaitUntilAsync(() => _api.ConfirmedOffset > update, "the update confirmed");
        await second.OutboxDrainedAsync(_api, user.ChatId);
        Assert.Single(_api.Sent(user.ChatId));
    }
}
