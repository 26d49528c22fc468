using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;
using static ChatBot.Tests.Contracts.Samples;

namespace ChatBot.Tests.Contracts;

/// <summary>
/// What <see cref="ICampaigns"/> promises: campaigns by flow, subscribers read from the conversations, and each
/// invitation written once with its message, which a withdrawn consent drops while it still waits.
/// </summary>
public abstract class CampaignsContract : StoreContract
{
    private ICampaigns Campaigns => Stores.Campaigns;

    [StoreFact]
    public void ASavedCampaignIsFoundAndASecondSaveReplacesIt()
    {
        var campaign = Campaign("survey", "2026", At);
        Campaigns.Save(campaign);
        campaign.IsOpen = false;
        campaign.ClosedAt = At.AddDays(30);
        campaign.ClosedBy = "anna";
        campaign.ReopensOn = "2027-01-10";

        Campaigns.Save(campaign);

        Assert.Equivalent(campaign, Campaigns.Find(campaign.Id), strict: true);
        Assert.Null(Campaigns.Find(Core.Campaigns.Campaign.Key("survey", "2025")));
    }

    [StoreFact]
    public void AFlowsCampaignsComeNewestChangeFirstWithoutOtherFlows()
    {
        Campaigns.Save(Campaign("survey", "2025", At.AddDays(-365)));
        Campaigns.Save(Campaign("survey", "2026", At));
        Campaigns.Save(Campaign("other", "2026", At.AddDays(1)));
        Campaigns.Save(Campaign("survey", "2024", At.AddDays(-700)));

        Assert.Equal(["2026", "2025", "2024"], Campaigns.Of("survey").Select(c => c.Period));
    }

    [StoreFact]
    public void SubscribersAreTheConversationsWithNewsConsentAfterTheIdInPagesInIdOrder()
    {
        foreach (var chatId in new[] { "4", "1", "3", "2", "5" })
        {
            Subscribe(chatId, consent: chatId != "3");
        }

        var first = Campaigns.Subscribers("", 2);
        var second = Campaigns.Subscribers(first[^1].Id, 2);
        var third = Campaigns.Subscribers(second[^1].Id, 2);

        Assert.Equal(["telegram:1", "telegram:2"], first.Select(c => c.Id));
        Assert.Equal(["telegram:4", "telegram:5"], second.Select(c => c.Id));
        Assert.Empty(third);
    }

    // LiteDB compares and orders ids by its collation, which ignores letter case; the twin pages the same way.
    [StoreFact]
    public void SubscribersComeInTheCollationsOrderWhichIgnoresLetterCase()
    {
        foreach (var chatId in new[] { "B", "a", "C" })
        {
            Subscribe(chatId, consent: true, channel: "web");
        }

        Assert.Equal(["web:a", "web:B", "web:C"], Campaigns.Subscribers("", 10).Select(c => c.Id));
        Assert.Equal(["web:C"], Campaigns.Subscribers("web:b", 10).Select(c => c.Id));
    }

    [StoreFact]
    public void AnInvitationQueuesItsMessageAndATranscriptLineAndCountsForItsCampaign()
    {
        var batch = new[] { Invitation("survey|2026", "1"), Invitation("survey|2026", "2") };

        var written = Campaigns.Invite(batch);

        Assert.Equal(batch.Select(b => b.Record.Id), written.Select(w => w.Id));
        Assert.True(Campaigns.IsInvited("survey|2026", "telegram:1"));
        Assert.False(Campaigns.IsInvited("survey|2025", "telegram:1"));
        Assert.Equal(2, Campaigns.InvitedCount("survey|2026"));
        Assert.Equal(0, Campaigns.InvitedCount("survey|2025"));
        Assert.Equal(written.Select(w => w.OutboxId), Stores.Outbox.Pending("telegram", 10).Select(o => o.Id));
        Assert.All(written, w => Assert.True(w.OutboxId > 0));
        Assert.Equal(["Пройдите опрос"], Stores.Conversations.Transcript("telegram:1").Select(t => t.Text));
    }

    [StoreFact]
    public void AnInvitationAlreadyWrittenIsSkippedWithItsMessage()
    {
        Campaigns.Invite([Invitation("survey|2026", "1")]);

        var written = Campaigns.Invite([Invitation("survey|2026", "1"), Invitation("survey|2026", "2")]);

        Assert.Equal(["telegram:2"], written.Select(w => w.ConversationId));
        Assert.Equal(2, Stores.Outbox.Pending("telegram", 10).Count);
        Assert.Single(Stores.Conversations.Transcript("telegram:1"));
    }

    [StoreFact]
    public void WithdrawingConsentDropsTheConversationsInvitationsStillWaitingAndNothingElse()
    {
        var me = Conversation("1");
        Campaigns.Invite([Invitation("survey|2026", "1"), Invitation("other|2026", "1"), Invitation("survey|2026", "2")]);
        var pending = Stores.Outbox.Pending("telegram", 10);
        var (mine, alreadyDelivered, theirs) = (pending[0], pending[1], pending[2]);
        Stores.Outbox.MarkDelivered(alreadyDelivered.Id, At);
        var reply = Reply(me, "Вы отписались");

        me.UpdatedAt = At.AddHours(1);
        Stores.Conversations.Commit(Turn(me) with { Outbox = [reply], WithdrawInvitations = true });

        Assert.False(Stores.Outbox.IsPending(mine.Id));
        Assert.True(Stores.Outbox.IsPending(theirs.Id));
        Assert.True(Stores.Outbox.IsPending(reply.Id));
        Assert.True(Campaigns.IsInvited("survey|2026", me.Id));
        Assert.Equal([theirs.Id, reply.Id], Stores.Outbox.Pending("telegram", 10).Select(o => o.Id));
    }

    [StoreFact]
    public void ATurnThatDoesNotWithdrawLeavesTheInvitationsWaiting()
    {
        Campaigns.Invite([Invitation("survey|2026", "1")]);

        Stores.Conversations.Commit(Turn(Conversation("1")) with { Outbox = [Reply(Conversation("1"), "ответ")] });

        Assert.Equal(2, Stores.Outbox.Pending("telegram", 10).Count);
    }

    private void Subscribe(string chatId, bool consent, string channel = "telegram")
    {
        var conversation = Conversation(chatId, channel);
        conversation.News = consent ? new NewsConsent { GivenAt = At } : null;
        Stores.Conversations.Commit(Turn(conversation));
    }

    private static Campaign Campaign(string flowId, string period, DateTimeOffset changedAt) => new()
    {
        Id = Core.Campaigns.Campaign.Key(flowId, period),
        FlowId = flowId,
        Period = period,
        IsOpen = true,
        OpenedAt = changedAt,
        OpenedBy = "anna",
        ChangedAt = changedAt,
    };

    private static PendingInvitation Invitation(string campaignId, string chatId)
    {
        var conversationId = ConversationIds.Of("telegram", chatId);
        var record = new CampaignInvitation
        {
            Id = CampaignInvitation.Key(campaignId, conversationId),
            CampaignId = campaignId,
            ConversationId = conversationId,
            At = At,
        };
        return new PendingInvitation(record, OutboxItem.For(conversationId, "telegram", chatId, OutgoingMessage.Plain("Пройдите опрос"), At));
    }
}

public sealed class CampaignsContractOnLiteDb : CampaignsContract
{
    protected override StoreSet OpenStores() => StoreSet.OnLiteDb();
}

public sealed class CampaignsContractInMemory : CampaignsContract
{
    protected override StoreSet OpenStores() => StoreSet.InMemory();
}

public sealed class CampaignsContractOnPostgreSql : CampaignsContract
{
    protected override StoreSet OpenStores() => StoreSet.OnPostgreSql();
}
