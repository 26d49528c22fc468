using ChatBot.Core.Conversations;
using ChatBot.Core.Handoff;

namespace ChatBot.Core.Operators;

/// <summary>
/// Which conversations an operator may open: those handed to people (waiting in the queue, held, or handed off
/// before) and any other only with a stated reason, which the audit log keeps. Outside it a conversation is "not
/// found", the same answer as an id that does not exist, so that guessing ids tells nothing.
/// </summary>
public static class ConversationScope
{
    public const int MaxReason = 500;

    /// <summary>Open without a reason, and the only ones an operator may act on.</summary>
    public static bool Includes(Conversation conversation, IHandoffLog handoffs) =>
        conversation.Mode != ConversationMode.Bot || conversation.HandoffId is not null || handoffs.WasHandedOff(conversation.Id);

    /// <summary>How an operator may open <paramref name="conversation"/> with <paramref name="reason"/> (null: none given).</summary>
    public static Opening Open(Conversation conversation, IHandoffLog handoffs, string? reason) =>
        Includes(conversation, handoffs) ? Opening.InScope
        : reason is not null ? Opening.WithReason
        : Opening.Refused;

    /// <summary>A stated reason, trimmed; a blank one counts as none.</summary>
    /// <returns>Null with <paramref name="error"/> set when it is too long.</returns>
    public static string? Reason(string? text, out string? error)
    {
        error = null;
        var reason = text?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return null;
        }

        if (reason.Length > MaxReason)
        {
            error = $"reason is longer than {MaxReason} characters";
            return null;
        }

        return reason;
    }

    public enum Opening
    {
        /// <summary>Answered as if it did not exist.</summary>
        Refused,

        /// <summary>A conversation of the handoff: audited as a view.</summary>
        InScope,

        /// <summary>Outside the handoff, opened with a reason: audited with it.</summary>
        WithReason,
    }
}
