namespace ChatBot.Core.Sessions;

/// <summary>Finds the sessions nobody ended: users who went quiet and never came back.</summary>
public interface IIdleSessions
{
    /// <summary>The conversations whose open session's last message was at or before <paramref name="lastMessageAtOrBefore"/>.</summary>
    IReadOnlyList<string> QuietSince(DateTimeOffset lastMessageAtOrBefore);
}
