using System.Net;
using System.Net.Http.Json;
using ChatBot.Tests.Operators;

namespace ChatBot.Tests.Web;

/// <summary>
/// Behind a TLS-terminating proxy: with its address in <c>Web:KnownProxies</c> the service counts each client by the
/// address the proxy forwards and sets cookies Secure when the proxy says the client came over https; the same
/// headers from any other sender change nothing. The service runs on Kestrel, so requests come from 127.0.0.1.
/// </summary>
public sealed class KnownProxyTests
{
    private const string ProxyOnThisMachine = "127.0.0.1";

    [Fact]
    public async Task TwoClientsBehindAKnownProxyAreCountedByTheirOwnAddresses()
    {
        using var host = new OperatorHost(onKestrel: true, ("Web:KnownProxies:0", ProxyOnThisMachine), ("Web:RateLimit:PerAddressPerMinute", "2"));
        var first = Client(host, forwardedFor: "203.0.113.7");
        var second = Client(host, forwardedFor: "203.0.113.8");

        Assert.Equal(HttpStatusCode.Created, await StartAsync(first));
        Assert.Equal(HttpStatusCode.Created, await StartAsync(first));
        Assert.Equal(HttpStatusCode.TooManyRequests, await StartAsync(first));
        Assert.Equal(HttpStatusCode.Created, await StartAsync(second));
    }

    [Fact]
    public async Task AKnownNetworkIsBelievedLikeAKnownProxy()
    {
        using var host = new OperatorHost(onKestrel: true, ("Web:KnownNetworks:0", "127.0.0.0/8"), ("Web:RateLimit:PerAddressPerMinute", "1"));

        Assert.Equal(HttpStatusCode.Created, await StartAsync(Client(host, forwardedFor: "203.0.113.7")));
        Assert.Equal(HttpStatusCode.Created, await StartAsync(Client(host, forwardedFor: "203.0.113.8")));
    }

    [Fact]
    public async Task AForwardedHttpsMakesTheOperatorsSessionCookieSecure()
    {
        using var host = new OperatorHost(onKestrel: true, ("Web:KnownProxies:0", ProxyOnThisMachine));

        Assert.Contains("secure", await SessionCookieAsync(host, forwardedProto: "https"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", await SessionCookieAsync(host, forwardedProto: null), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FromAnUnknownSenderTheForwardedHeadersAreIgnored()
    {
        using var host = new OperatorHost(onKestrel: true, ("Web:KnownProxies:0", "10.20.30.40"), ("Web:RateLimit:PerAddressPerMinute", "1"));

        Assert.Equal(HttpStatusCode.Created, await StartAsync(Client(host, forwardedFor: "203.0.113.7")));
        Assert.Equal(HttpStatusCode.TooManyRequests, await StartAsync(Client(host, forwardedFor: "203.0.113.8")));
        Assert.DoesNotContain("secure", await SessionCookieAsync(host, forwardedProto: "https"), StringComparison.OrdinalIgnoreCase);
    }

    private static HttpClient Client(OperatorHost host, string forwardedFor)
    {
        var http = host.Chat().Http;
        http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return http;
    }

    private static async Task<HttpStatusCode> StartAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync(ChatClient.Conversations, new { lang = "ru" });
        return response.StatusCode;
    }

    private static async Task<string> SessionCookieAsync(OperatorHost host, string? forwardedProto)
    {
        var client = host.Anonymous();
        if (forwardedProto is not null)
        {
            client.Http.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        }

        using var login = await client.LoginAsync("aigerim", OperatorHost.Password);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        return login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("chatbot.operator=", StringComparison.Ordinal));
    }
}
