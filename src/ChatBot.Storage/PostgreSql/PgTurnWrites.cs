using ChatBot.Core.Storage;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Storage.PostgreSql;

/// <summary>What one <see cref="TurnRecord"/> writes, inside the transaction of its commit, in the LiteDB store's order.</summary>
internal static class PgTurnWrites
{
    public static void Write(PgDatabase database, PgSession session, TurnRecord turn)
    {
        var tables = database.Tables;
        var conversation = turn.Conversation;
        if (turn.Erasure is { } erasure)
        {
            PgErasure.Apply(tables, conversation.Id, erasure, conversation.UpdatedAt);
        }

        tables.Conversations.Upsert(conversation);
        if (turn.ProcessedMessageId is { } messageId)
        {
            using var processed = session.Command("insert into processed_messages (id, at) values (@id, @at)");
            processed.Parameters.AddWithValue("id", PreparedTurn.ProcessedKey(conversation.Id, messageId));
            processed.Parameters.AddWithValue("at", conversation.UpdatedAt.ToUniversalTime());
            processed.ExecuteNonQuery();
        }

        InsertAll(tables.Transcript, turn.Transcript);
        InsertAll(tables.Outbox, turn.Outbox);
        InsertAll(tables.Events, turn.Events);
        InsertAll(tables.Unanswered, turn.Unanswered);
        if (turn.Flows is { Any: true } flows)
        {
            flows.Responses.ToList().ForEach(tables.FlowResponses.Upsert);
            InsertAll(tables.FlowContacts, flows.Contacts);
            flows.Participations.ToList().ForEach(tables.FlowParticipations.Upsert);
        }

        if (turn.Handoff is { } handoff)
        {
            tables.Handoffs.Upsert(handoff);
        }

        if (turn.WithdrawInvitations)
        {
            PgInvitations.WithdrawPending(tables, conversation.Id, conversation.News, conversation.UpdatedAt);
        }

        if (turn.Audit is { } audit)
        {
            tables.OperatorAudit.Insert(audit);
        }

        if (turn.Note is { } note)
        {
            tables.OperatorNotes.Insert(note);
        }

        // The turn and the sweeper may both end one session: the first outcome written stands.
        if (turn.EndedSession is { } ended)
        {
            tables.SessionOutcomes.InsertIfNew(ended);
        }
    }

    private static void InsertAll<T>(PgCollection<T> table, IEnumerable<T> records)
    {
        foreach (var record in records)
        {
            table.Insert(record);
        }
    }
}
