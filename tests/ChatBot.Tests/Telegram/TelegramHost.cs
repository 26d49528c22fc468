using ChatBot.Host.Composition;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ChatBot.Testing;
using ChatBot.Testing.Telegram;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChatBot.Tests.Telegram;

/// <summary>
/// The real service (the same host `dotnet run --project src/ChatBot.Host` starts) with its Telegram channel
/// pointed at a <see cref="FakeBotApi"/>. The model cache is shared by every test run, so the model is trained once.
/// </summary>
internal sealed class TelegramHost : IAsyncDisposable
{
    private static readonly string ModelDir = Path.Combine(Path.GetTempPath(), "chatbot-tests", "model-cache");

    private readonly WebApplication _app;
    private bool _stopped;

    private TelegramHost(WebApplication app) => _app = app;

    public BotRuntime Runtime => _app.Services.GetRequiredService<BotRuntime>();

    public T Service<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    /// <summary>The service's own services, for a desk the admin API would use.</summary>
    public IServiceProvider Services => _app.Services;

    public string Url => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static async Task<TelegramHost> StartAsync(FakeBotApi api, string dataDir, params string[] settings)
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--ChatBot:DataDir=" + dataDir,
            "--ChatBot:ModelDir=" + ModelDir,
            "--ChatBot:KnowledgeDir=" + RepositoryPaths.Knowledge,
            "--ChatBot:DialogsDir=" + RepositoryPaths.Dialogs,
            "--ChatBot:DatabasePassword=test-password",
            "--Telegram:Token=" + FakeBotApi.Token,
            "--Telegram:ApiBaseUrl=" + api.BaseUrl,
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ];
        var app = ChatBotApp.Build(args);
        await app.StartAsync();
        return new TelegramHost(app);
    }

    /// <summary>Waits until nothing is left to send to this chat (delivered or given up).</summary>
    public Task OutboxDrainedAsync(FakeBotApi api, long chatId) => api.WaitUntilAsync(
        () => Runtime.Outbox.Pending("telegram", 1000).All(item => item.ChatId != chatId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        $"an empty outbox for chat {chatId}");

    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}

[CollectionDefinition(Name)]
public sealed class TelegramHostCollection
{
    /// <summary>Host tests run one class at a time: the first trains the shared model cache, the others load it.</summary>
    public const string Name = "telegram host";
}
