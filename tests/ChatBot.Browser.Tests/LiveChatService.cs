using ChatBot.Host.Composition;
using ChatBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Browser.Tests;

/// <summary>
/// The real service on Kestrel at 127.0.0.1 with a free port, built exactly as <c>chatbot serve</c> builds it, on a
/// fresh data folder. The address limit is off: every browser test comes from 127.0.0.1.
/// </summary>
public sealed class LiveChatService : IAsyncDisposable
{
    private readonly TemporaryFolder _data = new();
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("the service is not started");

    public async Task StartAsync()
    {
        _app = ChatBotApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--ChatBot:DataDir=" + _data.Path,
            "--ChatBot:ModelDir=" + SharedModelCache.Folder,
            "--ChatBot:KnowledgeDir=" + RepositoryPaths.Knowledge,
            "--ChatBot:DatabasePassword=browser-tests",
            "--Web:RateLimit:PerAddressPerMinute=0",

            // Every page of the run comes from 127.0.0.1 and stays open until the run ends: the cap on open streams per
            // address is for the users behind one office router, not for one test run.
            "--Web:Events:MaxStreamsPerAddress=0",
            "--Logging:LogLevel:Default=Warning",

            // Operators answer around the clock here, so that a handoff test does not depend on when it runs.
            "--ChatBot:WorkingHours:Opens=00:00",
            "--ChatBot:WorkingHours:Closes=23:59:59.9999999",
            .. Enum.GetNames<DayOfWeek>().Select((day, i) => $"--ChatBot:WorkingHours:Days:{i}={day}"),
        ]);
        await _app.StartAsync();
        // The service also listens on its local admin socket (http://unix:…); the browser talks to the TCP address.
        BaseUrl = _app.Urls.Single(url => url.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)).TrimEnd('/');
    }

    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _data.Dispose();
    }
}
