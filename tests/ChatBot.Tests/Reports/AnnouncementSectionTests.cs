using ChatBot.Core.Announcements;
using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;
using ChatBot.Core.Reports;
using ChatBot.Core.Storage;
using ChatBot.Core.Time;

namespace ChatBot.Tests.Reports;

/// <summary>
/// Three subscribers (one with every topic, one with taxes, one with taxes and trainings); an announcement sent in
/// November to all three (delivered, blocked, still queued), one sent in December, and a draft never sent.
/// </summary>
public sealed class AnnouncementSectionTests
{
    private readonly SmallReport _small = new();

    public AnnouncementSectionTests()
    {
        var all = Subscriber("telegram:1", null);
        var tax = Subscriber("telegram:2", [NewsTopics.Tax]);
        var two = Subscriber("telegram:3", [NewsTopics.Tax, NewsTopics.Trainings]);
        var november = Sent("n1", AlmatyTime.ToUtc(new DateOnly(2026, 11, 5), new TimeOnly(10, 0)));
        Deliver(november, all, item => item.DeliveredAt = item.CreatedAt.AddMinutes(1));
        Deliver(november, tax, item => (item.DroppedAt, item.DropReason) = (item.CreatedAt.AddMinutes(1), OutboxItem.BlockedReason));
        Deliver(november, two, _ => { });
        var december = Sent("n2", AlmatyTime.ToUtc(new DateOnly(2026, 12, 1), TimeOnly.MinValue));
        Deliver(december, all, item => item.DeliveredAt = item.CreatedAt.AddMinutes(1));
        _small.Stores.Announcements.Save(new Announcement { Id = "n3", TextRu = "черновик", TextKk = "жоба", Topics = [NewsTopics.Tax], CreatedAt = december.SentAt!.Value });
    }

    [Fact]
    public void TheMonthCountsTheAnnouncementsSentInItAndTheirRecipientsByStatus()
    {
        var n = _small.Builder.Build(ReportPeriod.Month(2026, 11)).Announcements;

        Assert.Equal(1, n.Sent);
        Assert.Equal([("queued", 1), ("sent", 1), ("failed", 0), ("blocked", 1), ("withdrawn", 0)], n.Recipients.Select(r => (r.Key, r.Count)));
    }

    [Fact]
    public void SubscribersAreCountedNowUnderEachTopicTheyChose()
    {
        var now = _small.Builder.Build(ReportPeriod.Month(2026, 11)).Announcements.Now;

        Assert.Equal(3, now.Subscribers);
        Assert.Equal([("trainings", 2), ("support", 1), ("tax", 3), ("surveys", 1)], now.ByTopic.Select(t => (t.Key, t.Count)));
    }

    [Fact]
    public void SubscribersNowAreTheSameInEveryPeriodAndNeverAdditive()
    {
        var october = _small.Builder.Build(ReportPeriod.Month(2026, 10));
        var figures = ReportFigures.Of(october).Where(f => f.Section == "announcements").ToList();

        Assert.Equal(0, october.Announcements.Sent);
        Assert.Equal(3, october.Announcements.Now.Subscribers);
        Assert.All(figures.Where(f => f.Name.StartsWith("subscribers_now", StringComparison.Ordinal)), f => Assert.Equal(Additivity.NotAdditive, f.Additivity));
        Assert.All(figures.Where(f => f.Name is "sent" or "recipients"), f => Assert.Equal(Additivity.Additive, f.Additivity));
    }

    private Conversation Subscriber(string id, List<string>? topics)
    {
        var conversation = new Conversation
        {
            Id = id,
            Channel = Channels.Telegram,
            ChatId = id.Split(':')[1],
            News = new NewsConsent { GivenAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), Topics = topics },
        };
        _small.Stores.Conversations.Commit(new TurnRecord(conversation, null, [], [], [], []));
        return conversation;
    }

    private Announcement Sent(string id, DateTimeOffset at)
    {
        var announcement = new Announcement
        {
            Id = id, TextRu = "Семинар", TextKk = "Семинар", Topics = [NewsTopics.Tax], Channels = [Channels.Telegram],
            State = AnnouncementState.Sending, CreatedAt = at.AddHours(-1), SentAt = at,
        };
        _small.Stores.Announcements.Save(announcement);
        return announcement;
    }

    private void Deliver(Announcement announcement, Conversation to, Action<OutboxItem> fate)
    {
        var item = OutboxItem.For(to, OutgoingMessage.Plain(announcement.TextRu), announcement.SentAt!.Value);
        fate(item);
        var record = new AnnouncementDelivery
        {
            Id = AnnouncementDelivery.Key(announcement.Id, to.Id), AnnouncementId = announcement.Id, ConversationId = to.Id, Channel = to.Channel,
            Topics = [.. announcement.Topics], At = announcement.SentAt!.Value,
        };
        _small.Stores.Announcements.Queue([new PendingDelivery(record, item)]);
    }
}
