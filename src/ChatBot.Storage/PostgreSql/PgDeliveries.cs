using ChatBot.Core.Conversations;

namespace ChatBot.Storage.PostgreSql;

/// <summary>
/// Writes messages that go to many once each (survey invitations, announcements): the record, its outbox item and the
/// transcript line, inside the caller's transaction.
/// </summary>
internal static class PgDeliveries
{
    /// <summary>
    /// The record's key decides: it is inserted first, and one already there (written before, or by another host at
    /// the same moment, whose transaction this one waits for) is skipped with its message.
    /// </summary>
    /// <returns>The records written now, in the batch's order.</returns>
    public static IReadOnlyList<T> WriteOnce<T>(
        PgTables tables, PgCollection<T> records, IEnumerable<(T Record, OutboxItem Message)> batch, Action<T, long> link)
    {
        var written = new List<T>();
        foreach (var (record, item) in batch)
        {
            if (!records.InsertIfNew(record))
            {
                continue;
            }

            tables.Outbox.Insert(item);
            link(record, item.Id);
            records.Update(record);
            tables.Transcript.Insert(TranscriptEntry.Outbound(item.ConversationId, item.Message, item.CreatedAt));
            written.Add(record);
        }

        return written;
    }
}
