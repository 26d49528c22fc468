using ChatBot.Core.Conversations;
using ChatBot.Core.Engine;
using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Storage;
using ChatBot.Operators.Accounts;
using ChatBot.Operators.Audit;
using ChatBot.Operators.Events;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Operators.Desk;

/// <summary>
/// The operators' side of a handoff: take, reply, note, transfer, give back, close. Every change runs in the
/// conversation's lane (never between a turn's load and save) and, under one lock, in one LiteDB transaction
/// with its audit entry, so that of two operators taking a conversation at once exactly one wins. The user's
/// channel gets the messages through the outbox: the Telegram sender drains it, open widget streams are woken.
/// </summary>
public sealed class ConversationDesk(
    ConversationEngine engine,
    ChatBotDatabase database,
    IConversationStore store,
    KnowledgeBase knowledge,
    OperatorAccounts accounts,
    AuditLog audit,
    OperatorEvents events,
    IConversationNotifier notifier,
    TimeProvider time)
{
    private readonly LiteHandoffLog _handoffs = new(database);
    private readonly Lock _gate = new();

    public IReadOnlyList<QueueItem> Queue()
    {
        var now = time.GetUtcNow();
        return _handoffs.OpenConversations()
            .Select(c => (Conversation: c, Record: c.HandoffId is { } id ? _handoffs.Find(id) : null))
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

    public Conversation? Find(string conversationId) => store.Find(conversationId);

    public HandoffRecord? Handoff(Conversation conversation) => conversation.HandoffId is { } id ? _handoffs.Find(id) : null;

    /// <summary>The transcript and notes; viewing personal data is audited.</summary>
    public (IReadOnlyList<TranscriptEntry> Transcript, IReadOnlyList<OperatorNote> Notes) Open(string conversationId, string who)
    {
        audit.Write(who, AuditActions.View, time.GetUtcNow(), conversationId);
        var notes = database.Database.GetCollection<OperatorNote>(Collections.OperatorNotes)
            .Find(n => n.ConversationId == conversationId)
            .OrderBy(n => n.Id)
            .ToList();
        return (store.Transcript(conversationId), notes);
    }

    public Task<DeskOutcome> ClaimAsync(string conversationId, string who) => ChangeAsync(conversationId, who, AuditActions.Claim, (c, record, now) =>
    {
        if (c.Mode == ConversationMode.Operator)
        {
            return (DeskOutcome.Conflict(c.OperatorId == who ? "you hold this conversation already" : "another operator took it"), null);
        }

        if (c.Mode != ConversationMode.WaitingForOperator)
        {
            return (DeskOutcome.Conflict("the conversation is not waiting for an operator"), null);
        }

        c.Mode = ConversationMode.Operator;
        c.OperatorId = who;
        if (record is not null)
        {
            record.ClaimedAt = now;
            record.Operator = who;
            record.Outcome = HandoffOutcome.Claimed;
        }

        return (DeskOutcome.Done, Notice(c, TextKeys.HandoffClaimed));
    });

    public Task<DeskOutcome> SayAsync(string conversationId, string who, string text) => ChangeAsync(conversationId, who, AuditActions.Reply, (c, _, _) =>
        HeldBy(c, who) is { } refused ? (refused, null) : (DeskOutcome.Done, new OutgoingMessage(text, [], [], MessageAuthor.Operator)));

    public Task<DeskOutcome> ReleaseAsync(string conversationId, string who) =>
        EndAsync(conversationId, who, AuditActions.Release, HandoffOutcome.Released, TextKeys.HandoffReleased);

    public Task<DeskOutcome> CloseAsync(string conversationId, string who) =>
        EndAsync(conversationId, who, AuditActions.Close, HandoffOutcome.Closed, TextKeys.HandoffClosed);

    public Task<DeskOutcome> TransferAsync(string conversationId, string who, string to)
    {
        var target = accounts.Find(to);
        if (target is not { Role: OperatorRoles.Operator, Disabled: false })
        {
            return Task.FromResult(DeskOutcome.Conflict($"'{to}' is not an active operator"));
        }

        return ChangeAsync(conversationId, who, AuditActions.Transfer, (c, record, _) =>
        {
            if (HeldBy(c, who) is { } refused)
            {
                return (refused, null);
            }

            c.OperatorId = target.Id;
            record?.Operator = target.Id;
            return (DeskOutcome.Done, null);
        }, detail: target.Id);
    }

    public Task<DeskOutcome> NoteAsync(string conversationId, string who, string text) => ChangeAsync(conversationId, who, AuditActions.Note, (c, _, now) =>
    {
        database.Database.GetCollection<OperatorNote>(Collections.OperatorNotes)
            .Insert(new OperatorNote { ConversationId = c.Id, Operator = who, Text = text, At = now });
        return (DeskOutcome.Done, null);
    }, saveConversation: false);

    private Task<DeskOutcome> EndAsync(string conversationId, string who, string action, HandoffOutcome outcome, string noticeKey) =>
        ChangeAsync(conversationId, who, action, (c, record, now) =>
        {
            // Closing also takes a conversation nobody has taken yet (a question settled elsewhere).
            var refused = outcome == HandoffOutcome.Closed && c.Mode == ConversationMode.WaitingForOperator ? null : HeldBy(c, who);
            if (refused is not null)
            {
                return (refused, null);
            }

            // Only the handoff ends: an open flow (Conversation.Flow) is left as it was, so it resumes where it stopped.
            c.Mode = ConversationMode.Bot;
            c.OperatorId = null;
            c.HandoffId = null;
            c.MisunderstoodInARow = 0;
            if (record is not null)
            {
                record.EndedAt = now;
                record.Outcome = outcome;
                record.Operator ??= who;
            }

            return (DeskOutcome.Done, Notice(c, noticeKey));
        });

    private static DeskOutcome? HeldBy(Conversation c, string who) =>
        c.Mode != ConversationMode.Operator ? DeskOutcome.Conflict("nobody has taken this conversation")
        : c.OperatorId != who ? DeskOutcome.Conflict("another operator holds this conversation")
        : null;

    private OutgoingMessage Notice(Conversation c, string key) => OutgoingMessage.Plain(knowledge.Texts.Get(key, c.Language));

    private delegate (DeskOutcome Outcome, OutgoingMessage? ToUser) Change(Conversation conversation, HandoffRecord? record, DateTimeOffset now);

    private async Task<DeskOutcome> ChangeAsync(
        string conversationId, string who, string action, Change change, string? detail = null, bool saveConversation = true)
    {
        var outcome = await engine.InLaneAsync(conversationId, () =>
        {
            lock (_gate)
            {
                var result = DeskOutcome.NotFound;
                database.InTransaction(_ =>
                {
                    if (store.Find(conversationId) is not { } conversation)
                    {
                        return;
                    }

                    var now = time.GetUtcNow();
                    var record = Handoff(conversation);
                    var (changed, toUser) = change(conversation, record, now);
                    result = changed;
                    if (changed.Result != DeskResult.Done)
                    {
                        return;
                    }

                    audit.Write(who, action, now, conversationId, detail ?? toUser?.Text);
                    if (!saveConversation)
                    {
                        return;
                    }

                    conversation.UpdatedAt = now;
                    var transcript = toUser is null ? [] : new[] { TranscriptEntry.Outbound(conversationId, toUser, now) };
                    var outbox = toUser is null
                        ? []
                        : new[]
                        {
                            new OutboxItem
                            {
                                ConversationId = conversationId,
                                Channel = conversation.Channel,
                                ChatId = conversation.ChatId,
                                Message = toUser,
                                CreatedAt = now,
                            },
                        };
                    store.Commit(new TurnRecord(conversation, null, transcript, outbox, [], [], Handoff: record));
                });
                return result;
            }
        });

        if (outcome.Result == DeskResult.Done)
        {
            notifier.Notify(conversationId);
            events.Raise(conversationId);
        }

        return outcome;
    }

    private string? LastQuestion(string conversationId) =>
        store.Transcript(conversationId)
            .LastOrDefault(t => t.From == MessageAuthor.User && !string.IsNullOrEmpty(t.Text) && !t.Text.StartsWith('/'))
            ?.Text;
}
