namespace ChatBot.Web;

/// <summary>The <c>Web:*</c> configuration section: limits and timings of the web chat.</summary>
public sealed class WebChatOptions
{
    public const string Section = "Web";

    public RateLimitOptions RateLimit { get; set; } = new();

    public EventOptions Events { get; set; } = new();

    /// <summary>Sites allowed to call the API from a browser; empty means any (the token, not a cookie, guards a chat).</summary>
    public string[] AllowedOrigins { get; set; } = [];

    public sealed class RateLimitOptions
    {
        /// <summary>Messages a minute one conversation may send; 0 turns the limit off.</summary>
        public int PerConversationPerMinute { get; set; } = 20;

        /// <summary>Messages and new conversations a minute from one IP address; 0 turns the limit off (load tests).</summary>
        public int PerAddressPerMinute { get; set; } = 60;
    }

    public sealed class EventOptions
    {
        /// <summary>How often an open event stream looks into the store when nothing woke it (messages committed elsewhere).</summary>
        public double PollSeconds { get; set; } = 2;

        /// <summary>How long an idle stream waits before a comment line keeps proxies from closing it.</summary>
        public double HeartbeatSeconds { get; set; } = 15;
    }

    internal bool IsValid() =>
        RateLimit.PerConversationPerMinute >= 0 && RateLimit.PerAddressPerMinute >= 0
        && Events.PollSeconds is > 0 and <= 60 && Events.HeartbeatSeconds is > 0 and <= 300;
}
