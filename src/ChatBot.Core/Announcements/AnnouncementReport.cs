namespace ChatBot.Core.Announcements;

/// <summary>The figures computed from the store: recipients from their outbox items, subscriptions from the conversations.</summary>
public sealed class AnnouncementReport(IAnnouncements announcements) : IAnnouncementFigures
{
    public AnnouncementFigures For(DateTimeOffset from, DateTimeOffset to)
    {
        var sent = announcements.All().Where(a => a.SentAt is { } at && at >= from && at < to).ToList();
        var recipients = sent.Aggregate(RecipientCounts.None, (sum, a) => sum.Plus(RecipientCounts.Of(announcements.Recipients(a.Id).Select(r => r.Status))));
        var byTopic = NewsTopics.All.ToDictionary(t => t, _ => 0);
        var subscribers = 0;
        var after = "";
        while (announcements.Subscribers(after, AnnouncementQueue.PageSize) is { Count: > 0 } page)
        {
            after = page[^1].Id;
            foreach (var consent in page.Select(c => c.News!))
            {
                subscribers++;
                foreach (var topic in consent.Chosen)
                {
                    byTopic[topic]++;
                }
            }
        }

        return new AnnouncementFigures(sent.Count, recipients, subscribers, byTopic);
    }
}
