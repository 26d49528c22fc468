namespace ChatBot.Core.Sessions;

/// <summary>When a conversation-session ends.</summary>
public static class SessionRules
{
    /// <summary>A message after this much quiet starts a new session (the usual web-analytics rule).</summary>
    public static readonly TimeSpan IdleEnd = TimeSpan.FromMinutes(30);

    /// <summary>Exactly <see cref="IdleEnd"/> of quiet is enough: a message 30:00 after the last starts a new session.</summary>
    public static bool HasEnded(DateTimeOffset lastMessageAt, DateTimeOffset now) => now - lastMessageAt >= IdleEnd;
}
