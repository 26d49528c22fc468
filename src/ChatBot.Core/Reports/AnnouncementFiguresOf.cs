using ChatBot.Core.Announcements;

namespace ChatBot.Core.Reports;

/// <summary>The announcements' figures (<see cref="IAnnouncementFigures"/>) as the report's section, statuses and topics in their fixed order.</summary>
internal static class AnnouncementFiguresOf
{
    public static AnnouncementSection Section(AnnouncementFigures f) => new(
        f.Sent,
        [
            new KeyCount(RecipientStatus.Queued, f.Recipients.Queued),
            new KeyCount(RecipientStatus.Sent, f.Recipients.Sent),
            new KeyCount(RecipientStatus.Failed, f.Recipients.Failed),
            new KeyCount(RecipientStatus.Blocked, f.Recipients.Blocked),
            new KeyCount(RecipientStatus.Withdrawn, f.Recipients.Withdrawn),
        ],
        new SubscribersNow(f.Subscribers, [.. NewsTopics.All.Select(t => new KeyCount(t, f.SubscribersByTopic.GetValueOrDefault(t)))]));
}
