using ChatBot.Core.Announcements;
using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;
using static ChatBot.Tests.Contracts.Samples;

namespace ChatBot.Tests.Contracts;

/// <summary>
/// What <see cref="IAnnouncements"/> promises: announcements newest first, each delivery written once with its
/// message, the recipients' statuses read from their messages, held and released, and withdrawn by the turn that
/// takes the topic back.
/// </summary>
public abstract class AnnouncementsContract : StoreContract
{
    private IAnnouncements Announcements => Stores.Announcements;

    [StoreFact]
    public void ASavedAnnouncementIsFoundAndTheListIsNewestFirst()
    {
        var older = Announcement("N-2026-0001", At);
        var newer = Announcement("N-2026-0002", At.AddDays(1));
        Announcements.Save(older);
        Announcements.Save(newer);
        newer.State = AnnouncementState.Sending;
        newer.SentAt = At.AddDays(2);
        newer.SentBy = "admin";
        Announcements.Save(newer);

        Assert.Equivalent(newer, Announcements.Find(newer.Id), strict: true);
        Assert.Equal(["N-2026-0002", "N-2026-0001"], Announcements.All().Select(a => a.Id));
        Assert.Null(Announcements.Find("N-2026-0003"));
    }

    [StoreFact]
    public void EachDeliveryIsWrittenOnceWithItsMessageAndItsTranscriptLine()
    {
        var first = Announcements.Queue([Pending("N-1", "1"), Pending("N-1", "2")]);
        var again = Announcements.Queue([Pending("N-1", "2"), Pending("N-1", "3")]);

        Assert.Equal(["telegram:1", "telegram:2"], first.Select(d => d.ConversationId));
        Assert.Equal(["telegram:3"], again.Select(d => d.ConversationId));
        Assert.Equal(3, Stores.Outbox.Pending("telegram", 10).Count);
        Assert.Single(Stores.Conversations.Transcript("telegram:2"));
        Assert.All(first.Concat(again), d => Assert.True(Stores.Outbox.IsPending(d.OutboxId)));
    }

    [StoreFact]
    public void RecipientsCarryTheStatusOfTheirMessage()
    {
        Announcements.Queue([Pending("N-1", "sent"), Pending("N-1", "blocked"), Pending("N-1", "failed"), Pending("N-1", "queued"), Pending("N-2", "other")]);
        var ids = Announcements.Recipients("N-1").ToDictionary(r => r.Delivery.ConversationId, r => r.Delivery.OutboxId);
        Stores.Outbox.MarkDelivered(ids["telegram:sent"], At);
        Stores.Outbox.MarkDropped(ids["telegram:blocked"], At, OutboxItem.BlockedReason + ": Forbidden: bot was blocked by the user");
        Stores.Outbox.MarkDropped(ids["telegram:failed"], At, "Bad Request: chat not found");

        var statuses = Announcements.Recipients("N-1").ToDictionary(r => r.Delivery.ConversationId, r => r.Status);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["telegram:sent"] = RecipientStatus.Sent,
                ["telegram:blocked"] = RecipientStatus.Blocked,
                ["telegram:failed"] = RecipientStatus.Failed,
                ["telegram:queued"] = RecipientStatus.Queued,
            },
            statuses);
    }

    [StoreFact]
    public void HoldingKeepsWaitingMessagesFromTheSenderAndReleasingLetsExactlyThoseGo()
    {
        Announcements.Queue([Pending("N-1", "1"), Pending("N-1", "2"), Pending("N-1", "3"), Pending("N-2", "4")]);
        var ids = Announcements.Recipients("N-1").ToDictionary(r => r.Delivery.ConversationId, r => r.Delivery.OutboxId);
        Stores.Outbox.MarkDelivered(ids["telegram:1"], At);

        Assert.Equal(2, Announcements.Hold("N-1", At));
        Assert.Equal(["4"], Stores.Outbox.Pending("telegram", 10).Select(i => i.ChatId));
        Assert.All(Announcements.Recipients("N-1"), r => Assert.NotEqual(RecipientStatus.Failed, r.Status));

        Assert.Equal(["telegram:2", "telegram:3"], Announcements.Release("N-1").Order(StringComparer.Ordinal));
        Assert.Equal(["2", "3", "4"], Stores.Outbox.Pending("telegram", 10).Select(i => i.ChatId));
        Assert.Empty(Announcements.Release("N-1"));
    }

    [StoreFact]
    public void TheTurnThatTurnsATopicOffWithdrawsOnlyTheWaitingMessagesOfTopicsNoLongerChosen()
    {
        var me = Conversation("1");
        me.News = new NewsConsent { GivenAt = At, Topics = [NewsTopics.Tax] };
        Announcements.Queue([Pending("N-trainings", "1", NewsTopics.Trainings), Pending("N-tax", "1", NewsTopics.Tax), Pending("N-both", "1", NewsTopics.Trainings, NewsTopics.Tax)]);

        Stores.Conversations.Commit(Turn(me) with { WithdrawInvitations = true });

        var status = new[] { "N-trainings", "N-tax", "N-both" }.Select(id => Announcements.Recipients(id).Single().Status);
        Assert.Equal([RecipientStatus.Withdrawn, RecipientStatus.Queued, RecipientStatus.Queued], status);
    }

    [StoreFact]
    public void SubscribersAreTheConversationsWithNewsConsentInIdOrder()
    {
        foreach (var chatId in new[] { "3", "1", "2" })
        {
            var conversation = Conversation(chatId);
            conversation.News = chatId == "2" ? null : new NewsConsent { GivenAt = At };
            Stores.Conversations.Commit(Turn(conversation));
        }

        Assert.Equal(["telegram:1", "telegram:3"], Announcements.Subscribers("", 10).Select(c => c.Id));
        Assert.Equal(["telegram:3"], Announcements.Subscribers("telegram:1", 10).Select(c => c.Id));
    }

    private static Announcement Announcement(string id, DateTimeOffset at) => new()
    {
        Id = id,
        TextRu = "Новый приём заявок",
        TextKk = "Өтінімдерді жаңа қабылдау",
        Topics = [NewsTopics.Support],
        Channels = ["telegram", "web"],
        CreatedAt = at,
        CreatedBy = "admin",
    };

    private static PendingDelivery Pending(string announcementId, string chatId, params string[] topics)
    {
        var conversationId = ConversationIds.Of("telegram", chatId);
        var record = new AnnouncementDelivery
        {
            Id = AnnouncementDelivery.Key(announcementId, conversationId),
            AnnouncementId = announcementId,
            ConversationId = conversationId,
            Channel = "telegram",
            Topics = topics.Length > 0 ? [.. topics] : [NewsTopics.Support],
            At = At,
        };
        return new PendingDelivery(record, OutboxItem.For(conversationId, "telegram", chatId, OutgoingMessage.Plain("Новости"), At));
    }
}

public sealed class AnnouncementsContractOnLiteDb : AnnouncementsContract
{
    protected override StoreSet OpenStores() => StoreSet.OnLiteDb();
}

public sealed class AnnouncementsContractInMemory : AnnouncementsContract
{
    protected override StoreSet OpenStores() => StoreSet.InMemory();
}

public sealed class AnnouncementsContractOnPostgreSql : AnnouncementsContract
{
    protected override StoreSet OpenStores() => StoreSet.OnPostgreSql();
}
