using ChatBot.Core.Conversations;

namespace ChatBot.Core.Handoff;

/// <summary>
/// Who may move a handed-off conversation where: the bot's side (<see cref="HandoffDesk"/>) and the operators'
/// desk both change a conversation and its record only through these, and the store writes the result with
/// the rest of the turn or action.
/// </summary>
public static class HandoffTransitions
{
    /// <summary>An operator takes a waiting conversation.</summary>
    public static DeskOutcome Claim(Conversation c, HandoffRecord? record, string who, DateTimeOffset now)
    {
        if (c.Mode == ConversationMode.Operator)
        {
            return DeskOutcome.Conflict(c.OperatorId == who ? "you hold this conversation already" : "another operator took it");
        }

        if (c.Mode != ConversationMode.WaitingForOperator)
        {
            return DeskOutcome.Conflict("the conversation is not waiting for an operator");
        }

        c.Mode = ConversationMode.Operator;
        c.OperatorId = who;
        if (record is not null)
        {
            record.ClaimedAt = now;
            record.Operator = who;
            record.Outcome = HandoffOutcome.Claimed;
        }

        return DeskOutcome.Done;
    }

    /// <summary>The holder hands the conversation to another operator (whose account the caller has checked).</summary>
    public static DeskOutcome Transfer(Conversation c, HandoffRecord? record, string who, string to)
    {
        if (HeldBy(c, who) is { } refused)
        {
            return refused;
        }

        c.OperatorId = to;
        record?.Operator = to;
        return DeskOutcome.Done;
    }

    /// <summary>
    /// The holder gives the conversation back or closes it; closing also takes one nobody has taken yet
    /// (a question settled elsewhere).
    /// </summary>
    public static DeskOutcome EndByOperator(Conversation c, HandoffRecord? record, string who, HandoffOutcome outcome, DateTimeOffset now)
    {
        var refused = outcome == HandoffOutcome.Closed && c.Mode == ConversationMode.WaitingForOperator ? null : HeldBy(c, who);
        if (refused is not null)
        {
            return refused;
        }

        End(c, record, outcome, now);
        c.MisunderstoodInARow = 0;
        record?.Operator ??= who;
        return DeskOutcome.Done;
    }

    /// <summary>
    /// The handoff ends and the bot answers again. Only the handoff: an open flow (<see cref="Conversation.Flow"/>)
    /// is left as it was, so it resumes where it stopped.
    /// </summary>
    public static void End(Conversation c, HandoffRecord? record, HandoffOutcome outcome, DateTimeOffset now)
    {
        c.Mode = ConversationMode.Bot;
        c.OperatorId = null;
        c.HandoffId = null;
        if (record is not null)
        {
            record.EndedAt = now;
            record.Outcome = outcome;
        }
    }

    /// <summary>Refuses an action by anyone but the operator who holds the conversation.</summary>
    public static DeskOutcome? HeldBy(Conversation c, string who) =>
        c.Mode != ConversationMode.Operator ? DeskOutcome.Conflict("nobody has taken this conversation")
        : c.OperatorId != who ? DeskOutcome.Conflict("another operator holds this conversation")
        : null;
}
