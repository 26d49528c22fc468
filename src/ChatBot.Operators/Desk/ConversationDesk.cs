using ChatBot.Core.Conversations;
using ChatBot.Core.Engine;
using ChatBot.Core.Handoff;
using ChatBot.Core.Inbox;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Operators;
using ChatBot.Core.Storage;
using ChatBot.Operators.Accounts;

namespace ChatBot.Operators.Desk;

/// <summary>
/// The operators' side of a handoff: take, reply, note, transfer, give back, close. Every change runs in the
/// conversation's lane (never between a turn's load and save), is decided by <see cref="HandoffTransitions"/>, and is
/// committed like a turn, with its audit entry, so that of two operators taking a conversation at once exactly one
/// wins. The user's channel gets the messages through the outbox: the Telegram sender drains it, and it and the open
/// widget streams are woken by the change published on <see cref="ConversationEvents"/>.
/// </summary>
public sealed class ConversationDesk(
    ConversationEngine engine,
    IConversationStore store,
    IHandoffLog handoffs,
    IOperatorNotes notes,
    KnowledgeBase knowledge,
    OperatorAccounts accounts,
    IAuditLog audit,
    ConversationEvents events,
    TimeProvider time)
{
    public IReadOnlyList<QueueItem> Queue()
    {
        var now = time.GetUtcNow();
        return handoffs.OpenConversations()
            .Select(c => (Conversation: c, Record: Handoff(c)))
            .Select(x => new QueueItem(
                x.Conversation.Id,
                x.Conversation.Channel,
                x.Conversation.Language.Code(),
                x.Conversation.Mode == ConversationMode.Operator ? "operator" : "waiting",
                x.Conversation.OperatorId,
                (x.Record?.Reason ?? HandoffReason.UserAsked).ToString(),
                x.Record?.OutsideHours ?? false,
                x.Record?.RequestedAt ?? x.Conversation.UpdatedAt,
                (int)Math.Max(0, (now - (x.Record?.RequestedAt ?? x.Conversation.UpdatedAt)).TotalSeconds),
                LastQuestion(x.Conversation.Id) ?? x.Record?.Question))
            .OrderBy(q => q.RequestedAt)
            .ToList();
    }

    public HandoffRecord? Handoff(Conversation conversation) => conversation.HandoffId is { } id ? handoffs.Find(id) : null;

    /// <summary>
    /// The conversation with its transcript and notes, when <see cref="ConversationScope"/> lets <paramref name="who"/>
    /// open it with <paramref name="reason"/>; null as for an unknown id otherwise. Viewing personal data is audited,
    /// with the reason when one was needed.
    /// </summary>
    public OpenedConversation? Open(string conversationId, string who, string? reason)
    {
        if (store.Find(conversationId) is not { } conversation)
        {
            return null;
        }

        var opening = ConversationScope.Open(conversation, handoffs, reason);
        if (opening == ConversationScope.Opening.Refused)
        {
            return null;
        }

        var action = opening == ConversationScope.Opening.WithReason ? AuditActions.ViewWithReason : AuditActions.View;
        audit.Write(who, action, time.GetUtcNow(), conversation.Id, detail: reason);
        return new OpenedConversation(conversation, Handoff(conversation), store.Transcript(conversation.Id), notes.Of(conversation.Id));
    }

    public Task<DeskOutcome> ClaimAsync(string conversationId, string who) => ChangeAsync(conversationId, who, AuditActions.Claim, (c, record, now) =>
        Told(HandoffTransitions.Claim(c, record, who, now), c, TextKeys.HandoffClaimed));

    public Task<DeskOutcome> SayAsync(string conversationId, string who, string text) => ChangeAsync(conversationId, who, AuditActions.Reply, (c, _, _) =>
        HandoffTransitions.HeldBy(c, who) is { } refused
            ? new Decision(refused)
            : new Decision(DeskOutcome.Done, new OutgoingMessage(text, [], [], MessageAuthor.Operator)));

    public Task<DeskOutcome> ReleaseAsync(string conversationId, string who) => ChangeAsync(conversationId, who, AuditActions.Release, (c, record, now) =>
        Ended(ToldAndAsked(HandoffTransitions.EndByOperator(c, record, who, HandoffOutcome.Released, now), c, record, TextKeys.HandoffReleased), record, now));

    public Task<DeskOutcome> CloseAsync(string conversationId, string who) => ChangeAsync(conversationId, who, AuditActions.Close, (c, record, now) =>
        Ended(ToldAndAsked(HandoffTransitions.EndByOperator(c, record, who, HandoffOutcome.Closed, now), c, record, TextKeys.HandoffClosed), record, now));

    public Task<DeskOutcome> TransferAsync(string conversationId, string who, string to)
    {
        var target = accounts.Find(to);
        if (target is not { Role: OperatorRoles.Operator, Disabled: false })
        {
            return Task.FromResult(DeskOutcome.Conflict($"'{to}' is not an active operator"));
        }

        return ChangeAsync(
            conversationId, who, AuditActions.Transfer, (c, record, _) => new Decision(HandoffTransitions.Transfer(c, record, who, target.Id)), detail: target.Id);
    }

    public Task<DeskOutcome> NoteAsync(string conversationId, string who, string text) => ChangeAsync(conversationId, who, AuditActions.Note, (c, _, now) =>
        new Decision(DeskOutcome.Done, Note: new OperatorNote { ConversationId = c.Id, Operator = who, Text = text, At = now }));

    /// <summary>What an action decided: its outcome, what the user is told, a note to keep, a question for the editors.</summary>
    private sealed record Decision(DeskOutcome Outcome, OutgoingMessage? ToUser = null, OperatorNote? Note = null, UnansweredQuestion? ForEditors = null);

    private delegate Decision Decide(Conversation conversation, HandoffRecord? record, DateTimeOffset now);

    /// <summary>A handoff the operator ended sends its question and their answer to the editors' review inbox.</summary>
    private Decision Ended(Decision decision, HandoffRecord? record, DateTimeOffset now) =>
        decision.Outcome.Result == DeskResult.Done && record is not null
            ? decision with { ForEditors = AnsweredHandoff.ForEditors(record, store.Transcript(record.ConversationId), now) }
            : decision;

    private Decision Told(DeskOutcome outcome, Conversation c, string noticeKey) =>
        outcome.Result == DeskResult.Done ? new Decision(outcome, OutgoingMessage.Plain(knowledge.Texts.Get(noticeKey, c.Language))) : new Decision(outcome);

    // The end of a handoff asks the user to rate the operator's help, once (docs/reports.md, "Satisfaction").
    private Decision ToldAndAsked(DeskOutcome outcome, Conversation c, HandoffRecord? record, string noticeKey)
    {
        if (outcome.Result != DeskResult.Done || record is null)
        {
            return Told(outcome, c, noticeKey);
        }

        c.RatingAskedFor = record.Id;
        return new Decision(outcome, OperatorRating.Asked(knowledge.Texts, c.Language, knowledge.Texts.Get(noticeKey, c.Language), record.Id));
    }

    private async Task<DeskOutcome> ChangeAsync(string conversationId, string who, string action, Decide decide, string? detail = null)
    {
        // The lane makes find, decide and commit one step for this conversation: no turn and no other operator between.
        var outcome = await engine.InLaneAsync(conversationId, () =>
        {
            // Acting needs no more than opening does: outside the handoff a conversation is not found.
            if (store.Find(conversationId) is not { } conversation || !ConversationScope.Includes(conversation, handoffs))
            {
                return DeskOutcome.NotFound;
            }

            var now = time.GetUtcNow();
            var record = Handoff(conversation);
            var decision = decide(conversation, record, now);
            if (decision.Outcome.Result != DeskResult.Done)
            {
                return decision.Outcome;
            }

            var entry = new AuditEntry { Operator = who, Action = action, ConversationId = conversationId, Detail = detail ?? decision.ToUser?.Text, At = now };
            if (decision.Note is null)
            {
                conversation.UpdatedAt = now;
            }

            var toUser = decision.ToUser;
            store.Commit(new TurnRecord(
                conversation,
                null,
                toUser is null ? [] : [TranscriptEntry.Outbound(conversationId, toUser, now)],
                toUser is null ? [] : [OutboxItem.For(conversation, toUser, now)],
                [],
                decision.ForEditors is { } forEditors ? [forEditors] : [],
                Handoff: record,
                Audit: entry,
                Note: decision.Note));
            return decision.Outcome;
        });

        if (outcome.Result == DeskResult.Done)
        {
            // One change wakes them all: the consoles, the user's open widget stream, the Telegram sender.
            events.Publish(conversationId, ConversationChange.Handoff);
        }

        return outcome;
    }

    private string? LastQuestion(string conversationId) =>
        store.Transcript(conversationId)
            .LastOrDefault(t => t.From == MessageAuthor.User && !string.IsNullOrEmpty(t.Text) && !t.Text.StartsWith('/'))
            ?.Text;
}
