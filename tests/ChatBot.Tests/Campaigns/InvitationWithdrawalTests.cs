using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing;
using static ChatBot.Tests.Campaigns.CampaignScript;
using static ChatBot.Tests.Flows.SurveyScript;

namespace ChatBot.Tests.Campaigns;

/// <summary>An invitation still waiting in the outbox is withdrawn when the user unsubscribes before it went out.</summary>
public sealed class InvitationWithdrawalTests : IDisposable
{
    private const string Me = "telegram:user-1";
    private readonly TestBot _bot = new(storage: TestStorage.LiteDb);

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData(Language.Ru, "отписаться")]
    [InlineData(Language.Kk, "жазылымнан шығу")]
    public async Task UnsubscribingDropsTheInvitationNotYetSentAndTheSenderNeverSeesIt(Language language, string unsubscribe)
    {
        await _bot.Conversation("user-1", "telegram")
            .Send("/lang " + language.Code()).AssertText(TextKeys.LanguageSwitched, language)
            .Send("/news").AssertReply(_ => { })
            .Press(T(CampaignTextKeys.ButtonSubscribe, language)).AssertText(CampaignTextKeys.NewsSubscribed, language)
            .Do(() => Assert.Equal(1, Desk(_bot).Open(Id, "2026", "admin").Invitations!.Invited))
            .Do(() => Assert.Contains(_bot.Outbox.Pending("telegram", 100), i => i.Message.Text == Invitation(language)))
            .Send(unsubscribe).AssertText(CampaignTextKeys.NewsUnsubscribed, language)
            .StartTestAsync();

        var invitation = InvitationItem();
        Assert.Equal(_bot.Time.GetUtcNow(), invitation.DroppedAt);
        Assert.Equal(CampaignInvitation.WithdrawnReason, invitation.DropReason);
        Assert.Null(invitation.DeliveredAt);
        var pending = _bot.Outbox.Pending("telegram", 100);
        Assert.DoesNotContain(pending, i => i.Id == invitation.Id);
        Assert.Contains(pending, i => i.Message.Text == T(CampaignTextKeys.NewsUnsubscribed, language));
        Assert.DoesNotContain(_bot.ConversationOutbox.PendingAfter(Me, 0, 100), i => i.Id == invitation.Id);
    }

    [Fact]
    public async Task SubscribingAgainDoesNotBringTheWithdrawnInvitationBackNorASecondOne()
    {
        await _bot.Conversation("user-1", "telegram")
            .Send("подписаться").AssertText(CampaignTextKeys.NewsSubscribed, Language.Ru)
            .Do(() => Desk(_bot).Open(Id, "2026", "admin"))
            .Send("отписаться").AssertText(CampaignTextKeys.NewsUnsubscribed, Language.Ru)
            .Send("подписаться").AssertText(CampaignTextKeys.NewsSubscribed, Language.Ru)
            .Do(() => Assert.Equal((0, 1), Reinvited()))
            .StartTestAsync();

        Assert.NotNull(InvitationItem().DroppedAt);
        Assert.DoesNotContain(_bot.Outbox.Pending("telegram", 100), i => i.Message.Text == Invitation(Language.Ru));
    }

    [Fact]
    public async Task AnInvitationAlreadyDeliveredIsLeftAsItWas()
    {
        await _bot.Conversation("user-1", "telegram")
            .Send("подписаться").AssertText(CampaignTextKeys.NewsSubscribed, Language.Ru)
            .Do(() => Desk(_bot).Open(Id, "2026", "admin"))
            .Do(() => _bot.Outbox.MarkDelivered(InvitationItem().Id, _bot.Time.GetUtcNow()))
            .Send("отписаться").AssertText(CampaignTextKeys.NewsUnsubscribed, Language.Ru)
            .StartTestAsync();

        var invitation = InvitationItem();
        Assert.NotNull(invitation.DeliveredAt);
        Assert.Null(invitation.DroppedAt);
    }

    [Fact]
    public async Task ForgetErasesTheWaitingInvitationWithTheConsentAndKeepsItsRecord()
    {
        await _bot.Conversation("user-1", "telegram")
            .Send("подписаться").AssertText(CampaignTextKeys.NewsSubscribed, Language.Ru)
            .Do(() => Desk(_bot).Open(Id, "2026", "admin"))
            .Send("/forget").AssertText(TextKeys.ForgetConfirmPrompt, Language.Ru)
            .Press(T(TextKeys.ButtonYes, Language.Ru)).AssertText(TextKeys.ForgetDone, Language.Ru)
            .StartTestAsync();

        // The outbox item is erased with the conversation's other messages; the record says it was invited.
        Assert.Null(Outbox.FindById(InvitationRecord().OutboxId));
        Assert.DoesNotContain(_bot.Outbox.Pending("telegram", 100), i => i.Message.Text == Invitation(Language.Ru));
    }

    private (int Invited, int AlreadyInvited) Reinvited()
    {
        var report = Desk(_bot).Open(Id, "2026", "admin").Invitations!;
        return (report.Invited, report.AlreadyInvited);
    }

    private LiteDB.ILiteCollection<OutboxItem> Outbox => _bot.Database.Database.GetCollection<OutboxItem>(Collections.Outbox);

    private CampaignInvitation InvitationRecord() =>
        _bot.Database.Database.GetCollection<CampaignInvitation>(Collections.CampaignInvitations).FindOne(i => i.ConversationId == Me);

    private OutboxItem InvitationItem() => Outbox.FindById(InvitationRecord().OutboxId);
}
