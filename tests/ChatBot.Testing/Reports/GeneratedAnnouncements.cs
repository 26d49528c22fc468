using ChatBot.Core.Announcements;
using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;
using ChatBot.Testing.InMemory;

namespace ChatBot.Testing.Reports;

/// <summary>
/// Subscribers with their topics (a fifth with every topic), and two announcements a month, each to a couple of
/// hundred of them: most delivered, some blocked the bot, a few failed, still queued or withdrawn.
/// </summary>
internal static class GeneratedAnnouncements
{
    private static readonly (string, int)[] Fates =
        [(RecipientStatus.Sent, 90), (RecipientStatus.Blocked, 4), (RecipientStatus.Failed, 3), (RecipientStatus.Queued, 1), (RecipientStatus.Withdrawn, 2)];

    public static int Write(Random random, InMemoryDatabase database, int subscribers = 3_000)
    {
        var people = Enumerable.Range(0, subscribers).Select(i => Subscriber(random, i)).ToList();
        var announcements = new List<Announcement>();
        var deliveries = new List<(AnnouncementDelivery Delivery, OutboxItem Item)>();
        for (var day = new DateOnly(GeneratedYear.Year - 1, 12, 8); day < new DateOnly(GeneratedYear.Year + 1, 1, 1); day = day.AddDays(15))
        {
            var sentAt = Core.Time.AlmatyTime.ToUtc(day, new TimeOnly(10, 0));
            var announcement = new Announcement
            {
                Id = $"n{announcements.Count + 1}",
                TextRu = "Объявление",
                TextKk = "Хабарландыру",
                Topics = [NewsTopics.All[announcements.Count % NewsTopics.All.Count]],
                Channels = [Channels.Telegram, Channels.Web],
                State = AnnouncementState.Sending,
                CreatedAt = sentAt.AddHours(-1),
                CreatedBy = "admin",
                SentAt = sentAt,
                SentBy = "admin",
            };
            announcements.Add(announcement);
            foreach (var person in people.Where(p => p.News!.CoversAny(announcement.Topics)).Where(_ => random.Next(10) == 0))
            {
                deliveries.Add(Delivery(random, announcement, person, sentAt));
            }
        }

        database.InTransaction(t =>
        {
            people.ForEach(t.Conversations.Insert);
            announcements.ForEach(t.Announcements.Insert);
            foreach (var (delivery, item) in deliveries)
            {
                t.Outbox.Insert(item);
                delivery.OutboxId = item.Id;
                t.Deliveries.Insert(delivery);
            }
        });
        return announcements.Count;
    }

    private static Conversation Subscriber(Random random, int i) => new()
    {
        Id = $"telegram:n{i}",
        Channel = Channels.Telegram,
        ChatId = $"n{i}",
        Language = random.Next(3) == 0 ? Language.Kk : Language.Ru,
        News = new NewsConsent
        {
            GivenAt = GeneratedYear.First,
            Topics = random.Next(5) == 0 ? null : NewsTopics.All.Where(_ => random.Next(2) == 0).DefaultIfEmpty(NewsTopics.Tax).ToList(),
        },
    };

    private static (AnnouncementDelivery, OutboxItem) Delivery(Random random, Announcement announcement, Conversation person, DateTimeOffset at)
    {
        var item = OutboxItem.For(person, OutgoingMessage.Plain(announcement.TextRu), at);
        switch (GeneratedYear.Pick(random, Fates))
        {
            case RecipientStatus.Sent:
                item.DeliveredAt = at.AddSeconds(random.Next(600));
                break;
            case RecipientStatus.Blocked:
                (item.DroppedAt, item.DropReason) = (at.AddSeconds(5), OutboxItem.BlockedReason);
                break;
            case RecipientStatus.Failed:
                (item.DroppedAt, item.DropReason) = (at.AddMinutes(30), "gave up after 5 attempts");
                break;
            case RecipientStatus.Withdrawn:
                (item.DroppedAt, item.DropReason) = (at.AddSeconds(30), CampaignInvitation.WithdrawnReason);
                break;
        }

        var delivery = new AnnouncementDelivery
        {
            Id = AnnouncementDelivery.Key(announcement.Id, person.Id),
            AnnouncementId = announcement.Id,
            ConversationId = person.Id,
            Channel = person.Channel,
            Topics = [.. announcement.Topics],
            At = at,
        };
        return (delivery, item);
    }
}
