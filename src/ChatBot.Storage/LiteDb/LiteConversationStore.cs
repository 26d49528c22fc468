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
        Db.GetCollection(Collections.Processed).FindById(PreparedTurn.ProcessedKey(conversationId, platformMessageId)) is not null;

    public void Commit(TurnRecord turn) => CommitAsync(turn).GetAwaiter().GetResult();

    /// <summary>
    /// Through the one writer, in a transaction it may share with other turns (<see cref="ChatBotDatabase.CommitAsync"/>);
    /// the turn's documents are mapped and sealed here first, on the caller's thread (<see cref="PreparedTurn"/>).
    /// </summary>
    public Task CommitAsync(TurnRecord turn)
    {
        var prepared = new PreparedTurn(Db.Mapper, turn);
        return database.CommitAsync(db => Write(db, turn, prepared));
    }

    // Writes only what the record holds, so running it again after a rolled-back attempt writes the same.
    private void Write(LiteDatabase db, TurnRecord turn, PreparedTurn prepared)
    {
        if (turn.Erasure is { } erasure)
        {
            LiteErasure.Apply(db, turn.Conversation.Id, erasure, turn.Conversation.UpdatedAt);
            database.CheckpointAfterCommit();
        }

        prepared.Write(db);
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
            LiteCampaigns.WithdrawPending(db, turn.Conversation.Id, turn.Conversation.News, turn.Conversation.UpdatedAt);
            LiteAnnouncements.WithdrawPending(db, turn.Conversation.Id, turn.Conversation.News, turn.Conversation.UpdatedAt);
        }

        if (turn.Audit is { } audit)
        {
            db.GetCollection<AuditEntry>(Collections.OperatorAudit).Insert(audit);
        }

        if (turn.Note is { } note)
        {
            db.GetCollection<OperatorNote>(Collections.OperatorNotes).Insert(note);
        }

        if (turn.EndedSession is { } ended)
        {
            LiteSessionOutcomes.Add(db, ended);
        }
    }

    public IReadOnlyList<TranscriptEntry> Transcript(string conversationId) =>
        Db.GetCollection<TranscriptEntry>(Collections.Transcript)
            .Find(t => t.ConversationId == conversationId)
            .OrderBy(t => t.Id)
            .ToList();

}
