using ChatBot.Core.Conversations;

namespace ChatBot.Core.Announcements;

/// <summary>Announcements, their deliveries (one per recipient), and the fate of the messages queued for them.</summary>
public interface IAnnouncements
{
    Announcement? Find(string id);

    /// <summary>Every announcement, newest first.</summary>
    IReadOnlyList<Announcement> All();

    void Save(Announcement announcement);

    /// <summary>Conversations with news consent whose id sorts after <paramref name="afterId"/>, in id order: one page.</summary>
    IReadOnlyList<Conversation> Subscribers(string afterId, int max);

    /// <summary>
    /// Writes each delivery with its outbox item and transcript line in one transaction; one already there is
    /// skipped. Returns the deliveries written.
    /// </summary>
    IReadOnlyList<AnnouncementDelivery> Queue(IReadOnlyList<PendingDelivery> batch);

    /// <summary>Every delivery of the announcement with the state of its outbox item (null once erased).</summary>
    IReadOnlyList<RecipientState> Recipients(string announcementId);

    /// <summary>Holds the announcement's items still waiting (<see cref="AnnouncementDelivery.Hold"/>); returns how many.</summary>
    int Hold(string announcementId, DateTimeOffset at);

    /// <summary>Lets the held items go (<see cref="AnnouncementDelivery.Release"/>); returns their conversations.</summary>
    IReadOnlyList<string> Release(string announcementId);
}

/// <summary>A delivery about to be written and the message it queues.</summary>
public sealed record PendingDelivery(AnnouncementDelivery Record, OutboxItem Message);

/// <summary>One recipient of an announcement and the state of what was queued for them.</summary>
public sealed record RecipientState(AnnouncementDelivery Delivery, OutboxState? Item)
{
    public string Status => RecipientStatus.Of(Delivery.Channel, Item);
}
