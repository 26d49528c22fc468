namespace ChatBot.Core.Sessions;

/// <summary>
/// One conversation-session (it ends after <see cref="SessionRules.IdleEnd"/> without a message), written once when it
/// ends: the reports' one denominator. It holds no personal data; <see cref="UserKey"/> is a keyed hash.
/// </summary>
public sealed class SessionOutcome
{
    /// <summary>The conversation's id and the session's start, so that writing it twice stores it once.</summary>
    public string Id { get; set; } = "";

    public string ConversationId { get; set; } = "";

    public string Channel { get; set; } = "";

    public string Language { get; set; } = "";

    /// <summary>The page or campaign that brought the user (Telegram <c>/start src_NAME</c>, the widget's <c>data-source</c>); null when unknown.</summary>
    public string? Source { get; set; }

    /// <summary>
    /// Who the entrepreneur is, for unique counts: <c>iin:HASH</c> (keyed hash of the ИИН/БИН they gave, the same across
    /// channels) or else <c>chat:HASH</c> (keyed hash of the conversation id).
    /// </summary>
    public string UserKey { get; set; } = "";

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>The time of the session's last message.</summary>
    public DateTimeOffset EndedAt { get; set; }

    public SessionResult Result { get; set; }

    /// <summary>The FAQ topics answered in the session, in the order they were first answered.</summary>
    public List<string> Topics { get; set; } = [];

    /// <summary>The flows (survey, enrollment) completed in the session.</summary>
    public List<string> CompletedFlows { get; set; } = [];

    /// <summary>How many messages the user sent in the session.</summary>
    public int Messages { get; set; }

    /// <summary>The handoff of the session, if any (its wait, handling time, operator and rating are in the handoff log).</summary>
    public string? HandoffId { get; set; }

    public static string IdOf(string conversationId, DateTimeOffset startedAt) =>
        $"{conversationId}|{startedAt.UtcTicks}";
}
