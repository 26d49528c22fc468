using System.Net;
using ChatBot.Core.Handoff;
using ChatBot.Core.Operators;
using ChatBot.Host.Composition;
using ChatBot.Operators.Accounts;
using ChatBot.Testing;
using ChatBot.Tests.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Operators;

/// <summary>
/// The whole service in memory with the real engine, model and LiteDB file, a fake clock at Monday 2 March 2026,
/// 10:00 in Almaty (working hours), and the accounts: operators "aigerim" and "daulet", editor "editor", admin "admin".
/// </summary>
public sealed class OperatorHost : IDisposable
{
    public const string Password = "correct-horse-7";

    /// <summary>The password the data file is encrypted with.</summary>
    public const string DatabasePassword = "test-password";

    private readonly TemporaryFolder _data = new();
    private readonly WebApplicationFactory<BotRuntime> _factory;

    public OperatorHost()
        : this(onKestrel: false)
    {
    }

    /// <param name="onKestrel">
    /// On Kestrel at 127.0.0.1 rather than in memory, so that requests come from an address (what a proxy's headers change).
    /// </param>
    /// <param name="settings">Settings on top of the host's own, <c>("Web:KnownProxies:0", "127.0.0.1")</c>.</param>
    internal OperatorHost(bool onKestrel, params (string Key, string Value)[] settings)
        : this(onKestrel, _ => { }, settings)
    {
    }

    /// <param name="services">Services on top of the host's own (a stand-in the host does not register itself).</param>
    internal OperatorHost(Action<IServiceCollection> services)
        : this(false, services, [])
    {
    }

    /// <param name="services">Services on top of the host's own, such as a stand-in for a part the host does not register.</param>
    internal OperatorHost(bool onKestrel, Action<IServiceCollection> services, params (string Key, string Value)[] settings)
    {
        var modelDir = SharedModelCache.Folder;
        _factory = new WebApplicationFactory<BotRuntime>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ChatBot:DataDir", _data.Path);
            web.UseSetting("ChatBot:ModelDir", modelDir);
            web.UseSetting("ChatBot:KnowledgeDir", RepositoryPaths.Knowledge);
            web.UseSetting("ChatBot:DatabasePassword", DatabasePassword);
            web.UseSetting("Web:RateLimit:PerConversationPerMinute", "0");
            web.UseSetting("Web:RateLimit:PerAddressPerMinute", "0");
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }

            web.ConfigureTestServices(s => services(s.AddSingleton<TimeProvider>(Time).AddSingleton<IStartupFilter, ClientAddressFromHeader>()));
        });
        if (onKestrel)
        {
            _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            _factory.StartServer();
        }

        var accounts = Service<OperatorAccounts>();
        accounts.Add("aigerim", OperatorRoles.Operator, Password, Time.GetUtcNow());
        accounts.Add("daulet", OperatorRoles.Operator, Password, Time.GetUtcNow());
        accounts.Add("admin", OperatorRoles.Admin, Password, Time.GetUtcNow());
        accounts.Add("editor", OperatorRoles.Editor, Password, Time.GetUtcNow());
    }

    /// <summary>The service's data folder.</summary>
    public string DataDir => _data.Path;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 5, 0, 0, TimeSpan.Zero));

    /// <param name="from">The client's address (<see cref="ClientAddressFromHeader"/>); none by default, as in the test server.</param>
    public OperatorClient Anonymous(string? from = null) => new OperatorClient(_factory.CreateClient()).From(from);

    /// <summary>A client that sends <paramref name="sessionCookie"/> as it is, whatever the service answers: a copied cookie.</summary>
    public OperatorClient Replaying(string sessionCookie)
    {
        var http = _factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        http.DefaultRequestHeaders.Add("Cookie", OperatorClient.SessionCookieName + "=" + sessionCookie);
        return new OperatorClient(http);
    }

    public Task<OperatorClient> OperatorAsync(string login = "aigerim") => Anonymous().SignedInAsync(login, Password);

    public Task<OperatorClient> AdminAsync() => Anonymous().SignedInAsync("admin", Password);

    public Task<OperatorClient> EditorAsync() => Anonymous().SignedInAsync("editor", Password);

    public ChatClient Chat() => new(_factory.CreateClient());

    public T Service<T>()
        where T : notnull => _factory.Services.GetRequiredService<T>();

    /// <summary>Stops the service, which closes the data file; the folder stays until the host is disposed.</summary>
    public void Stop() => _factory.Dispose();

    public void Dispose()
    {
        _factory.Dispose();
        _data.Dispose();
    }
}
