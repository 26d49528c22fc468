using ChatBot.Core.Conversations;
using ChatBot.Core.Handoff;

namespace ChatBot.Core.Storage;

/// <summary>Conversation state, transcript, outbox and analytics, written together once per turn.</summary>
public interface IConversationStore
{
    Conversation? Find(string conversationId);

    bool HasProcessed(string conversationId, string platformMessageId);

    /// <summary>Writes everything a turn produced in one transaction: all of it or none of it.</summary>
    void Commit(TurnRecord turn);

    /// <summary>
    /// <see cref="Commit"/> without holding the thread: completes once the turn is committed, or fails with nothing of
    /// it written. A store may commit turns that finish together in one transaction; one turn that fails fails alone.
    /// </summary>
    Task CommitAsync(TurnRecord turn);

    IReadOnlyList<TranscriptEntry> Transcript(string conversationId);
}

/// <summary>
/// What one turn (or one operator action) writes; the outbox items get their ids on commit. A handoff record,
/// when given, is inserted or replaced. <paramref name="WithdrawInvitations"/> drops the conversation's survey
/// invitations and announcements not yet delivered on topics it no longer has, in the same transaction. An operator's action writes its
/// <paramref name="Audit"/> entry, and a note its <paramref name="Note"/>, with the change. A confirmed /forget
/// gives its <paramref name="Erasure"/>: the conversation's records of those kinds are erased first, in the same
/// transaction, and the rest of the turn is written after it. <paramref name="EndedSession"/> is the outcome of the
/// session this turn (or the sweeper) ended; one already stored under its id is left as it was.
/// </summary>
public sealed record TurnRecord(
    Conversation Conversation,
    string? ProcessedMessageId,
    IReadOnlyList<TranscriptEntry> Transcript,
    IReadOnlyList<OutboxItem> Outbox,
    IReadOnlyList<AnalyticsEvent> Events,
    IReadOnlyList<UnansweredQuestion> Unanswered,
    Flows.FlowWrites? Flows = null,
    HandoffRecord? Handoff = null,
    bool WithdrawInvitations = false,
    Operators.AuditEntry? Audit = null,
    Operators.OperatorNote? Note = null,
    Privacy.Erasure? Erasure = null,
    Sessions.SessionOutcome? EndedSession = null);
