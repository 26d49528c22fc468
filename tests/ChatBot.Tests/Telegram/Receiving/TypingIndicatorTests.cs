using ChatBot.Telegram;
using ChatBot.Telegram.Receiving;
using ChatBot.Testing.Telegram;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Telegram.Receiving;

/// <summary>"typing…" on a fake clock: shown for a turn that takes long, not for a quick one.</summary>
public sealed class TypingIndicatorTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new();
    private FakeBotApi _api = null!;
    private TypingIndicator _typing = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        var bot = TelegramClientFactory.Create(new TelegramOptions { Token = FakeBotApi.Token, ApiBaseUrl = _api.BaseUrl });
        _typing = new TypingIndicator(bot, _time, NullLogger<TypingIndicator>.Instance);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task AQuickTurnShowsNoTypingAction()
    {
        var turn = new TaskCompletionSource<int>();
        var running = _typing.WhileAsync(42, turn.Task, CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(0.9));
        turn.SetResult(1);

        Assert.Equal(1, await running);
        Assert.Empty(_api.Calls("sendChatAction"));
    }

    [Fact]
    public async Task ATurnThatTakesLongShowsTypingInItsChat()
    {
        var turn = new TaskCompletionSource<int>();
        var running = _typing.WhileAsync(42, turn.Task, CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(1));
        await _api.WaitUntilAsync(() => _api.Calls("sendChatAction").Count == 1, "the typing action");
        turn.SetResult(2);

        Assert.Equal(2, await running);
        var call = Assert.Single(_api.Calls("sendChatAction"));
        Assert.Equal(42, call.ChatId);
        Assert.Equal("typing", call.Body["action"]!.ToString());
    }
}
