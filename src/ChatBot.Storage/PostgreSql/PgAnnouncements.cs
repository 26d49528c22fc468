using ChatBot.Core.Announcements;
using ChatBot.Core.Conversations;

namespace ChatBot.Storage.PostgreSql;

/// <summary>
/// Announcements and their deliveries (tables <c>announcements</c>, <c>announcement_deliveries</c>); a delivery, its
/// outbox item and its transcript line land together, and the delivery's key decides which host writes it.
/// </summary>
public sealed class PgAnnouncements(PgDatabase database) : IAnnouncements
{
    private PgTables Tables => database.Tables;

    public Announcement? Find(string id) => Tables.Announcements.FindById(id);

    public IReadOnlyList<Announcement> All() => Tables.Announcements.Find("")
        .OrderByDescending(a => a.CreatedAt)
        .ThenByDescending(a => a.Id, StringComparer.Ordinal)
        .ToList();

    public void Save(Announcement announcement) => Tables.Announcements.Upsert(announcement);

    public IReadOnlyList<Conversation> Subscribers(string afterId, int max) => PgSubscribers.Page(Tables, afterId, max);

    public IReadOnlyList<AnnouncementDelivery> Queue(IReadOnlyList<PendingDelivery> batch) => database.InTransaction(_ =>
        PgDeliveries.WriteOnce(Tables, Tables.AnnouncementDeliveries, batch.Select(p => (p.Record, p.Message)),
            (record, outboxId) => record.OutboxId = outboxId));

    public IReadOnlyList<RecipientState> Recipients(string announcementId)
    {
        var deliveries = OfAnnouncement(announcementId);
        if (deliveries.Count == 0)
        {
            return [];
        }

        // Only the columns the status needs: the messages are sealed and need not be opened to count them.
        var states = database.Run(session =>
        {
            using var command = session.Command(
                "select id, delivered_at is not null, dropped_at is not null, doc ->> 'DropReason' from outbox where id = any(@ids)");
            command.Parameters.AddWithValue("ids", deliveries.Select(d => d.OutboxId).ToArray());
            var found = new Dictionary<long, OutboxState>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                found[id] = new OutboxState(id, reader.GetBoolean(1), reader.GetBoolean(2), reader.IsDBNull(3) ? null : reader.GetString(3));
            }

            return found;
        });
        return deliveries.Select(d => new RecipientState(d, states.GetValueOrDefault(d.OutboxId))).ToList();
    }

    public int Hold(string announcementId, DateTimeOffset at) =>
        Change(announcementId, item => AnnouncementDelivery.Hold(item, at)).Count;

    public IReadOnlyList<string> Release(string announcementId) =>
        Change(announcementId, AnnouncementDelivery.Release).Select(i => i.ConversationId).ToList();

    private List<AnnouncementDelivery> OfAnnouncement(string announcementId) =>
        [.. Tables.AnnouncementDeliveries.Find("where announcement_id = @a order by id", ("a", announcementId))];

    // The items are read under their row locks: a sender marking one delivered, or another host holding the same
    // announcement, waits, and the rule sees the item as it is.
    private List<OutboxItem> Change(string announcementId, Func<OutboxItem, bool> rule) => database.InTransaction(_ =>
    {
        var ids = OfAnnouncement(announcementId).Select(d => d.OutboxId).ToArray();
        var changed = new List<OutboxItem>();
        foreach (var item in Tables.Outbox.Find("where id = any(@ids) order by id for update", ("ids", ids)))
        {
            if (rule(item))
            {
                Tables.Outbox.Update(item);
                changed.Add(item);
            }
        }

        return changed;
    });
}
