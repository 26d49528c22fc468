using ChatBot.Core.Announcements;
using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>Announcements and their deliveries; a delivery, its outbox item and its transcript line land together.</summary>
public sealed class LiteAnnouncements(ChatBotDatabase database) : IAnnouncements
{
    private LiteDatabase Db => database.Database;

    private ILiteCollection<Announcement> Announcements => Db.GetCollection<Announcement>(Collections.Announcements);

    private ILiteCollection<AnnouncementDelivery> Deliveries => Db.GetCollection<AnnouncementDelivery>(Collections.AnnouncementDeliveries);

    public Announcement? Find(string id) => Announcements.FindById(id);

    public IReadOnlyList<Announcement> All() => Announcements.FindAll().OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id, StringComparer.Ordinal).ToList();

    public void Save(Announcement announcement) => Announcements.Upsert(announcement);

    public IReadOnlyList<Conversation> Subscribers(string afterId, int max) => new LiteCampaigns(database).Subscribers(afterId, max);

    public IReadOnlyList<AnnouncementDelivery> Queue(IReadOnlyList<PendingDelivery> batch)
    {
        var written = new List<AnnouncementDelivery>();
        database.InTransaction(db =>
        {
            var deliveries = db.GetCollection<AnnouncementDelivery>(Collections.AnnouncementDeliveries);
            var outbox = db.GetCollection<OutboxItem>(Collections.Outbox);
            var transcript = db.GetCollection<TranscriptEntry>(Collections.Transcript);
            foreach (var (record, item) in batch)
            {
                if (deliveries.FindById(record.Id) is not null)
                {
                    continue;
                }

                outbox.Insert(item);
                record.OutboxId = item.Id;
                deliveries.Insert(record);
                transcript.Insert(TranscriptEntry.Outbound(item.ConversationId, item.Message, item.CreatedAt));
                written.Add(record);
            }
        });
        return written;
    }

    public IReadOnlyList<RecipientState> Recipients(string announcementId)
    {
        var deliveries = Deliveries.Find(d => d.AnnouncementId == announcementId).ToList();
        if (deliveries.Count == 0)
        {
            return [];
        }

        // Only the fields the status needs: the messages are sealed and need not be opened to count them.
        var states = Db.GetCollection(Collections.Outbox).Query()
            .Where("_id >= @0 AND _id <= @1", deliveries.Min(d => d.OutboxId), deliveries.Max(d => d.OutboxId))
            .Select("{_id: $._id, d: $.DeliveredAt, x: $.DroppedAt, r: $.DropReason}")
            .ToEnumerable()
            .ToDictionary(
                b => b["_id"].AsInt64,
                b => new OutboxState(b["_id"].AsInt64, !b["d"].IsNull, !b["x"].IsNull, b["r"].IsNull ? null : b["r"].AsString));
        return deliveries.Select(d => new RecipientState(d, states.GetValueOrDefault(d.OutboxId))).ToList();
    }

    public int Hold(string announcementId, DateTimeOffset at) =>
        Change(announcementId, item => AnnouncementDelivery.Hold(item, at)).Count;

    public IReadOnlyList<string> Release(string announcementId) =>
        Change(announcementId, AnnouncementDelivery.Release).Select(i => i.ConversationId).ToList();

    private List<OutboxItem> Change(string announcementId, Func<OutboxItem, bool> rule)
    {
        var changed = new List<OutboxItem>();
        database.InTransaction(db =>
        {
            var outbox = db.GetCollection<OutboxItem>(Collections.Outbox);
            foreach (var delivery in db.GetCollection<AnnouncementDelivery>(Collections.AnnouncementDeliveries).Find(d => d.AnnouncementId == announcementId))
            {
                if (outbox.FindById(delivery.OutboxId) is { } item && rule(item))
                {
                    outbox.Update(item);
                    changed.Add(item);
                }
            }
        });
        return changed;
    }

    /// <summary>
    /// Withdraws the conversation's announcements not sent yet on topics it no longer has
    /// (<see cref="AnnouncementDelivery.Withdraw"/>), inside the caller's transaction: the turn that changed the consent.
    /// </summary>
    public static void WithdrawPending(LiteDatabase db, string conversationId, NewsConsent? consent, DateTimeOffset now)
    {
        var outbox = db.GetCollection<OutboxItem>(Collections.Outbox);
        foreach (var delivery in db.GetCollection<AnnouncementDelivery>(Collections.AnnouncementDeliveries).Find(d => d.ConversationId == conversationId))
        {
            if (outbox.FindById(delivery.OutboxId) is { } item && delivery.Withdraw(item, consent, now))
            {
                outbox.Update(item);
            }
        }
    }
}
