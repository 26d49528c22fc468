using ChatBot.Host.Composition;
using ChatBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Web;

/// <summary>
/// The whole service in memory (WebApplicationFactory): the real engine, model, LiteDB file and web channel, on a
/// fresh data folder, with a fake clock. Rate limits are off unless asked for.
/// </summary>
public sealed class WebChatHost : IDisposable
{
    private readonly TemporaryFolder _data = new();

    // Any public type of the service's assembly names its entry point; BotRuntime is one.
    private readonly WebApplicationFactory<BotRuntime> _factory;

    public WebChatHost()
        : this(perConversationPerMinute: 0, perAddressPerMinute: 0)
    {
    }

    /// <param name="settings">Settings on top of the host's own, <c>("Web:Events:MaxStreamsPerAddress", "2")</c>.</param>
    internal WebChatHost(int perConversationPerMinute, int perAddressPerMinute, params (string Key, string Value)[] settings)
    {
        var modelDir = SharedModelCache.Folder;
        _factory = new WebApplicationFactory<BotRuntime>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ChatBot:DataDir", _data.Path);
            web.UseSetting("ChatBot:ModelDir", modelDir);
            web.UseSetting("ChatBot:KnowledgeDir", RepositoryPaths.Knowledge);
            web.UseSetting("ChatBot:DialogsDir", RepositoryPaths.Dialogs);
            web.UseSetting("ChatBot:DatabasePassword", "test-password");
            web.UseSetting("Web:RateLimit:PerConversationPerMinute", perConversationPerMinute.ToString());
            web.UseSetting("Web:RateLimit:PerAddressPerMinute", perAddressPerMinute.ToString());
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }

            web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
        });
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));

    public HttpClient Client() => _factory.CreateClient();

    public ChatClient Chat() => new(Client());

    public T Service<T>()
        where T : notnull => _factory.Services.GetRequiredService<T>();

    public void Dispose()
    {
        _factory.Dispose();
        _data.Dispose();
    }
}
