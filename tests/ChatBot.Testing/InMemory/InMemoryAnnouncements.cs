using ChatBot.Core.Announcements;
using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>LiteAnnouncements</c>: deliveries land with their message; statuses are read from the outbox.</summary>
public sealed class InMemoryAnnouncements(InMemoryDatabase database) : IAnnouncements
{
    public Announcement? Find(string id) => database.Read(t => t.Announcements.Find(id));

    public IReadOnlyList<Announcement> All() =>
        database.Read(t => t.Announcements.All().OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id, StringComparer.Ordinal).ToList());

    public void Save(Announcement announcement) => database.InTransaction(t => t.Announcements.Upsert(announcement));

    public IReadOnlyList<Conversation> Subscribers(string afterId, int max) => new InMemoryCampaigns(database).Subscribers(afterId, max);

    public IReadOnlyList<AnnouncementDelivery> Queue(IReadOnlyList<PendingDelivery> batch) => database.InTransaction(t =>
    {
        var written = new List<AnnouncementDelivery>();
        foreach (var (record, item) in batch)
        {
            if (t.Deliveries.Contains(record.Id))
            {
                continue;
            }

            t.Outbox.Insert(item);
            record.OutboxId = item.Id;
            t.Deliveries.Insert(record);
            t.Transcript.Insert(TranscriptEntry.Outbound(item.ConversationId, item.Message, item.CreatedAt));
            written.Add(record);
        }

        return written;
    });

    public IReadOnlyList<RecipientState> Recipients(string announcementId) => database.Read(t => Of(t, announcementId)
        .Select(d => new RecipientState(d, t.Outbox.Find(d.OutboxId) is { } item ? OutboxState.Of(item) : null))
        .ToList());

    public int Hold(string announcementId, DateTimeOffset at) => Change(announcementId, item => AnnouncementDelivery.Hold(item, at)).Count;

    public IReadOnlyList<string> Release(string announcementId) =>
        Change(announcementId, AnnouncementDelivery.Release).Select(i => i.ConversationId).ToList();

    private List<OutboxItem> Change(string announcementId, Func<OutboxItem, bool> rule) => database.InTransaction(t =>
    {
        var changed = new List<OutboxItem>();
        foreach (var delivery in Of(t, announcementId).ToList())
        {
            if (t.Outbox.Find(delivery.OutboxId) is { } item && rule(item))
            {
                t.Outbox.Update(item);
                changed.Add(item);
            }
        }

        return changed;
    });

    private static IEnumerable<AnnouncementDelivery> Of(Tables t, string announcementId) =>
        t.Deliveries.All().Where(d => t.Collation.Equals(d.AnnouncementId, announcementId));

    /// <summary>
    /// Withdraws the conversation's announcements not sent yet on topics it no longer has
    /// (<see cref="AnnouncementDelivery.Withdraw"/>), inside the turn that changed the consent.
    /// </summary>
    internal static void WithdrawPending(Tables tables, string conversationId, NewsConsent? consent, DateTimeOffset now)
    {
        foreach (var delivery in tables.Deliveries.All().Where(d => tables.Collation.Equals(d.ConversationId, conversationId)))
        {
            if (tables.Outbox.Find(delivery.OutboxId) is { } item && delivery.Withdraw(item, consent, now))
            {
                tables.Outbox.Update(item);
            }
        }
    }
}
