using ChatBot.Core.Privacy;

namespace ChatBot.Core.Handoff;

/// <summary>
/// One handoff from the bot to a person, from the request to its end: the figures the reports are built from
/// (reason, wait time, handling time, operator, outcome).
/// </summary>
public sealed class HandoffRecord
{
    public string Id { get; set; } = "";

    public string ConversationId { get; set; } = "";

    public string Channel { get; set; } = "";

    public string Language { get; set; } = "";

    public HandoffReason Reason { get; set; }

    /// <summary>The message that led to the handoff, when it was a question rather than a command or button.</summary>
    [Personal]
    public string? Question { get; set; }

    /// <summary>Requested outside working hours: queued until operators are back.</summary>
    public bool OutsideHours { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset? ClaimedAt { get; set; }

    /// <summary>When the conversation went back to the bot: given back, closed or cancelled by the user.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>The login of the operator who holds (or last held) the conversation.</summary>
    public string? Operator { get; set; }

    public HandoffOutcome Outcome { get; set; } = HandoffOutcome.Waiting;

    /// <summary>The user's 1–5 for the operator's help, asked once when the operator gave back or closed; null if not given.</summary>
    public int? Rating { get; set; }

    public TimeSpan? WaitTime => ClaimedAt - RequestedAt;

    public TimeSpan? HandlingTime => EndedAt - ClaimedAt;
}

public enum HandoffReason
{
    /// <summary>operator.request, /operator or the operator button.</summary>
    UserAsked,

    /// <summary>The bot did not understand twice in a row, offered a person, and the user accepted.</summary>
    Misunderstood,

    /// <summary>A flow step's answer failed validation three times.</summary>
    FlowValidation,
}

public enum HandoffOutcome
{
    Waiting,
    Claimed,

    /// <summary>The operator gave the conversation back to the bot.</summary>
    Released,

    /// <summary>The operator closed the conversation: the question is settled.</summary>
    Closed,

    /// <summary>The user left the queue with /cancel before anyone took it.</summary>
    Cancelled,

    /// <summary>The user asked to erase their data (/forget) while waiting or while an operator held the conversation.</summary>
    LeftToForget,
}
