using ChatBot.Core.Conversations;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Storage;

namespace ChatBot.Core.Announcements;

/// <summary>
/// Queues an announcement for every subscriber of its topics on its channels, page by page: each page is one
/// transaction of delivery records and outbox items, so a second round (a resume, a run after a restart) queues
/// nobody twice. Between pages it looks whether the announcement was stopped, and then holds what it queued.
/// Channels deliver from the outbox: Telegram through its rate-limited sender, the web chat's open streams woken here.
/// </summary>
public sealed class AnnouncementQueue(TextCatalog texts, IAnnouncements announcements, IBlockedChats blocked, TimeProvider time, IConversationNotifier? notifier = null)
{
    public const int PageSize = 500;

    public QueueReport Run(Announcement announcement)
    {
        var report = new QueueReport();
        var after = "";
        while (announcements.Subscribers(after, PageSize) is { Count: > 0 } page)
        {
            after = page[^1].Id;
            var now = time.GetUtcNow();
            var batch = page.Where(c => Reaches(announcement, c, report)).Select(c => Pending(announcement, c, now)).ToList();
            var written = batch.Count > 0 ? announcements.Queue(batch) : [];
            report.Queued += written.Count;
            report.AlreadyQueued += batch.Count - written.Count;
            if (announcements.Find(announcement.Id) is not { State: AnnouncementState.Sending })
            {
                // Stopped while this page was written: what it queued waits with the rest.
                announcements.Hold(announcement.Id, time.GetUtcNow());
                report.Stopped = true;
                return report;
            }

            foreach (var delivery in written)
            {
                notifier?.Notify(delivery.ConversationId);
            }
        }

        return report;
    }

    private bool Reaches(Announcement announcement, Conversation conversation, QueueReport report)
    {
        if (!announcement.Channels.Contains(conversation.Channel))
        {
            report.OtherChannels++;
        }
        else if (conversation.News?.CoversAny(announcement.Topics) != true)
        {
            report.OtherTopics++;
        }
        else if (blocked.IsBlocked(conversation.Channel, conversation.ChatId))
        {
            report.Blocked++;
        }
        else
        {
            return true;
        }

        return false;
    }

    private PendingDelivery Pending(Announcement announcement, Conversation conversation, DateTimeOffset now) => new(
        new AnnouncementDelivery
        {
            Id = AnnouncementDelivery.Key(announcement.Id, conversation.Id),
            AnnouncementId = announcement.Id,
            ConversationId = conversation.Id,
            Channel = conversation.Channel,
            Topics = [.. announcement.Topics],
            At = now,
        },
        OutboxItem.For(conversation, AnnouncementMessage.For(texts, announcement, conversation.Language, conversation.News), now));
}
