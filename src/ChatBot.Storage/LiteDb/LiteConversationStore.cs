using ChatBot.Core.Conversations;
using ChatBot.Core.Handoff;
using ChatBot.Core.Operators;
using ChatBot.Core.Storage;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

public sealed class LiteConversationStore(ChatBotDatabase database) : IConversationStore
{
    private LiteDatabase Db => database.Database;

    public Conversation? Find(string conversationId) =>
        Db.GetCollection<Conversation>(Collections.Conversations).FindById(conversationId);

    public bool HasProcessed(string conversationId, string platformMessageId) =>
        Db.GetCollection(Collections.Processed).FindById(ProcessedKey(conversationId, platformMessageId)) is not null;

    public void Commit(TurnRecord turn) => CommitAsync(turn).GetAwaiter().GetResult();

    /// <summary>Through the one writer, in a transaction it may share with other turns (<see cref="ChatBotDatabase.CommitAsync"/>).</summary>
    public Task CommitAsync(TurnRecord turn) => database.CommitAsync(db => Write(db, turn));

    // Writes only what the record holds, so running it again after a rolled-back attempt writes the same.
    private void Write(LiteDatabase db, TurnRecord turn)
    {
        if (turn.Erasure is { } erasure)
        {
            LiteErasure.Apply(db, turn.Conversation.Id, erasure);
            database.CheckpointAfterCommit();
        }

        db.GetCollection<Conversation>(Collections.Conversations).Upsert(turn.Conversation);
        if (turn.ProcessedMessageId is { } messageId)
        {
            db.GetCollection(Collections.Processed).Insert(new BsonDocument
            {
                ["_id"] = ProcessedKey(turn.Conversation.Id, messageId),
                ["at"] = turn.Conversation.UpdatedAt.UtcDateTime,
            });
        }

        InsertAll(db, Collections.Transcript, turn.Transcript);
        InsertAll(db, Collections.Outbox, turn.Outbox);
        InsertAll(db, Collections.Events, turn.Events);
        InsertAll(db, Collections.Unanswered, turn.Unanswered);
        if (turn.Flows is { Any: true } flows)
        {
            LiteFlowResponses.Write(db, flows);
        }

        if (turn.Handoff is { } handoff)
        {
            db.GetCollection<HandoffRecord>(Collections.Handoffs).Upsert(handoff);
        }

        if (turn.WithdrawInvitations)
        {
            LiteCampaigns.WithdrawPending(db, turn.Conversation.Id, turn.Conversation.UpdatedAt);
        }

        if (turn.Audit is { } audit)
        {
            db.GetCollection<AuditEntry>(Collections.OperatorAudit).Insert(audit);
        }

        if (turn.Note is { } note)
        {
            db.GetCollection<OperatorNote>(Collections.OperatorNotes).Insert(note);
        }
    }

    public IReadOnlyList<TranscriptEntry> Transcript(string conversationId) =>
        Db.GetCollection<TranscriptEntry>(Collections.Transcript)
            .Find(t => t.ConversationId == conversationId)
            .OrderBy(t => t.Id)
            .ToList();

    private static string ProcessedKey(string conversationId, string messageId) => conversationId + "|" + messageId;

    private static void InsertAll<T>(LiteDatabase db, string collection, IReadOnlyList<T> items)
    {
        if (items.Count > 0)
        {
            db.GetCollection<T>(collection).InsertBulk(items);
        }
    }
}
