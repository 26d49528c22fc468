using System.Net;

namespace ChatBot.Web;

/// <summary>The <c>Web:*</c> configuration section: limits and timings of the web chat.</summary>
public sealed class WebChatOptions
{
    public const string Section = "Web";

    public RateLimitOptions RateLimit { get; set; } = new();

    public EventOptions Events { get; set; } = new();

    /// <summary>Sites allowed to call the API from a browser; empty means any (the token, not a cookie, guards a chat).</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>
    /// Addresses of the reverse proxies in front of the service (<c>10.0.0.5</c>, <c>::1</c>): their X-Forwarded-For
    /// and X-Forwarded-Proto are believed, so limits count the client's address and cookies follow the client's scheme.
    /// With neither this nor <see cref="KnownNetworks"/>, the headers are ignored.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of reverse proxies, in CIDR notation (<c>10.0.0.0/8</c>), believed like <see cref="KnownProxies"/>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public sealed class RateLimitOptions
    {
        /// <summary>Messages a minute one conversation may send; 0 turns the limit off.</summary>
        public int PerConversationPerMinute { get; set; } = 20;

        /// <summary>Messages and new conversations a minute from one IP address; 0 turns the limit off (load tests).</summary>
        public int PerAddressPerMinute { get; set; } = 60;
    }

    public sealed class EventOptions
    {
        /// <summary>
        /// How often an open stream looks into the store when nothing woke it; 0 (the default): never. Every message
        /// committed by this process wakes its conversation's streams at once, and no other process may write the
        /// database, so a look finds something only if a change was committed without being published.
        /// </summary>
        public double PollSeconds { get; set; }

        /// <summary>How long an idle stream waits before a comment line keeps proxies from closing it.</summary>
        public double HeartbeatSeconds { get; set; } = 15;

        /// <summary>Open streams one conversation may have (a tab each); 0 turns the cap off.</summary>
        public int MaxStreamsPerConversation { get; set; } = 3;

        /// <summary>Open streams one client address may have (users behind one office router); 0 turns the cap off.</summary>
        public int MaxStreamsPerAddress { get; set; } = 20;
    }

    /// <summary>What is wrong with the settings, each naming its key; start-up stops on any.</summary>
    public IEnumerable<string> Problems()
    {
        if (RateLimit.PerConversationPerMinute < 0)
        {
            yield return $"Web:RateLimit:PerConversationPerMinute must be 0 (off) or positive, not {RateLimit.PerConversationPerMinute}";
        }

        if (RateLimit.PerAddressPerMinute < 0)
        {
            yield return $"Web:RateLimit:PerAddressPerMinute must be 0 (off) or positive, not {RateLimit.PerAddressPerMinute}";
        }

        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return $"Web:KnownProxies: '{proxy}' is not an IP address (10.0.0.5 or ::1)";
        }

        foreach (var network in KnownNetworks.Where(n => !IsNetwork(n)))
        {
            yield return $"Web:KnownNetworks: '{network}' is not a network in CIDR notation (10.0.0.0/8 or fd00::/8)";
        }

        if (Events.PollSeconds is not (>= 0 and <= 3600))
        {
            yield return $"Web:Events:PollSeconds must be 0 (never) or at most 3600, not {Events.PollSeconds}";
        }

        if (Events.MaxStreamsPerConversation < 0)
        {
            yield return $"Web:Events:MaxStreamsPerConversation must be 0 (off) or positive, not {Events.MaxStreamsPerConversation}";
        }

        if (Events.MaxStreamsPerAddress < 0)
        {
            yield return $"Web:Events:MaxStreamsPerAddress must be 0 (off) or positive, not {Events.MaxStreamsPerAddress}";
        }

        if (Events.HeartbeatSeconds is not (> 0 and <= 300))
        {
            yield return $"Web:Events:HeartbeatSeconds must be more than 0 and at most 300, not {Events.HeartbeatSeconds}";
        }
    }

    /// <summary>A network's own address with its prefix: <c>10.0.0.1/8</c> names a host, likely not what was meant.</summary>
    private static bool IsNetwork(string cidr) =>
        IPNetwork.TryParse(cidr, out var network)
        && IPAddress.TryParse(cidr.AsSpan(0, cidr.IndexOf('/', StringComparison.Ordinal)), out var address)
        && address.Equals(network.BaseAddress);
}
