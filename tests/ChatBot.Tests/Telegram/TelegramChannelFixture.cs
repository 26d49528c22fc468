using ChatBot.Testing;
using ChatBot.Testing.Telegram;

namespace ChatBot.Tests.Telegram;

/// <summary>
/// One fake Bot API and one running service on a data folder of its own: a test class's fixture, where each test talks
/// in its own chat, or a single test's own, started and disposed with it, where counts must start from nothing.
/// </summary>
public sealed class TelegramChannelFixture : IAsyncLifetime
{
    private readonly TemporaryFolder _data = new();
    private TelegramHost? _host;
    private long _nextChat = 5000;

    public FakeBotApi Api { get; private set; } = null!;

    internal TelegramHost Host => _host!;

    public FakeTelegramUser NewUser(string languageCode = "ru") => Api.User(Interlocked.Increment(ref _nextChat), languageCode);

    public async Task InitializeAsync()
    {
        Api = await FakeBotApi.StartAsync();
        _host = await TelegramHost.StartAsync(Api, _data.Path);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
        }

        await Api.DisposeAsync();
        _data.Dispose();
    }
}
