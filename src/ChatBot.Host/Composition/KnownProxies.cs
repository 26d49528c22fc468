using System.Net;
using ChatBot.Web;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Composition;

/// <summary>
/// Behind a TLS-terminating proxy every request comes from the proxy, over http: the rate limits would count one
/// address for all users and the session cookie would lose <c>Secure</c>. With <c>Web:KnownProxies</c> or
/// <c>Web:KnownNetworks</c> set, X-Forwarded-For and X-Forwarded-Proto are taken from those senders only; without
/// them nobody's headers are believed, not even a proxy on the same machine's.
/// </summary>
public static class KnownProxies
{
    /// <summary>First in the pipeline, so that every later part sees the client's address and scheme.</summary>
    public static void UseKnownProxies(this IApplicationBuilder app)
    {
        var web = app.ApplicationServices.GetRequiredService<IOptions<WebChatOptions>>().Value;
        if (web.KnownProxies.Length == 0 && web.KnownNetworks.Length == 0)
        {
            return;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,

            // Every hop is read from the right for as long as the sender is a known proxy: a chain of them (a CDN, then
            // nginx) ends at the client's address, and an address a client wrote itself is never reached.
            ForwardLimit = null,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in web.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in web.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        app.UseForwardedHeaders(options);
    }
}
