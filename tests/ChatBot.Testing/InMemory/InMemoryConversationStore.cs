using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>LiteConversationStore</c>: a turn's writes land in one transaction, in the same order.</summary>
public sealed class InMemoryConversationStore(InMemoryDatabase database) : IConversationStore
{
    public Conversation? Find(string conversationId) => database.Read(t => t.Conversations.Find(conversationId));

    public bool HasProcessed(string conversationId, string platformMessageId) =>
        database.Read(t => t.Processed.Contains(ProcessedMessage.Key(conversationId, platformMessageId)));

    public Task CommitAsync(TurnRecord turn)
    {
        try
        {
            Commit(turn);
            return Task.CompletedTask;
        }
        catch (Exception e)
        {
            return Task.FromException(e);
        }
    }

    public void Commit(TurnRecord turn) => database.InTransaction(t =>
    {
        if (turn.Erasure is { } erasure)
        {
            InMemoryErasure.Apply(t, turn.Conversation.Id, erasure, turn.Conversation.UpdatedAt);
        }

        t.Conversations.Upsert(turn.Conversation);
        if (turn.ProcessedMessageId is { } messageId)
        {
            t.Processed.Insert(new ProcessedMessage(ProcessedMessage.Key(turn.Conversation.Id, messageId), turn.Conversation.UpdatedAt));
        }

        InsertAll(t.Transcript, turn.Transcript);
        InsertAll(t.Outbox, turn.Outbox);
        InsertAll(t.Events, turn.Events);
        InsertAll(t.Unanswered, turn.Unanswered);
        if (turn.Flows is { Any: true } flows)
        {
            InMemoryFlowResponses.Write(t, flows);
        }

        if (turn.Handoff is { } handoff)
        {
            t.Handoffs.Upsert(handoff);
        }

        if (turn.WithdrawInvitations)
        {
            InMemoryCampaigns.WithdrawPending(t, turn.Conversation.Id, turn.Conversation.News, turn.Conversation.UpdatedAt);
            InMemoryAnnouncements.WithdrawPending(t, turn.Conversation.Id, turn.Conversation.News, turn.Conversation.UpdatedAt);
        }

        if (turn.Audit is { } audit)
        {
            t.Audit.Insert(audit);
        }

        if (turn.Note is { } note)
        {
            t.OperatorNotes.Insert(note);
        }

        if (turn.EndedSession is { } ended)
        {
            InMemorySessionOutcomes.Add(t, ended);
        }
    });

    public IReadOnlyList<TranscriptEntry> Transcript(string conversationId) =>
        database.Read(t => t.Transcript.All().Where(e => t.Collation.Equals(e.ConversationId, conversationId)).ToList());

    private static void InsertAll<T>(NumberedTable<T> table, IEnumerable<T> documents)
        where T : class
    {
        foreach (var document in documents)
        {
            table.Insert(document);
        }
    }
}
