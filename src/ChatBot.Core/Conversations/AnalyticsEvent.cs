namespace ChatBot.Core.Conversations;

/// <summary>A fact about a turn, kept for the reports: what was asked, understood and decided.</summary>
public sealed class AnalyticsEvent
{
    public long Id { get; set; }

    public string Type { get; set; } = "";

    public string ConversationId { get; set; } = "";

    public string Channel { get; set; } = "";

    public string Language { get; set; } = "";

    public string? Intent { get; set; }

    public double? Confidence { get; set; }

    public DateTimeOffset At { get; set; }
}

public static class AnalyticsEventTypes
{
    public const string Answered = "answered";
    public const string Clarified = "clarified";
    public const string Fallback = "fallback";
    public const string Command = "command";
    public const string ConversationStarted = "conversation_started";
    public const string HandoffRequested = "handoff_requested";
    public const string HandoffCancelled = "handoff_cancelled";

    /// <summary>Consent to the processing of personal data: the intent says to what (<c>trainee</c>, <c>flow:ID</c>).</summary>
    public const string ConsentGiven = "consent_given";

    /// <summary>/forget asked; <see cref="ErasureDone"/> follows when the user confirms and the data is erased.</summary>
    public const string ErasureRequested = "erasure_requested";

    public const string ErasureDone = "erasure_done";
}
