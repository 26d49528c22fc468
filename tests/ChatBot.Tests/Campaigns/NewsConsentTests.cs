using ChatBot.Core.Campaigns;
using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;
using static ChatBot.Tests.Campaigns.CampaignScript;
using static ChatBot.Tests.Flows.SurveyScript;

namespace ChatBot.Tests.Campaigns;

/// <summary>Agreeing to news and withdrawing it, in both languages, through the real engine and LiteDB file.</summary>
public sealed class NewsConsentTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private NewsConsent? Consent => _bot.Store.Find("test:user-1")!.News;

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.Kk)]
    public async Task TheNewsCommandOffersNewsAndItsButtonRemembersTheConsentWithItsTime(Language language)
    {
        await _bot.Conversation()
            .Send("/lang " + language.Code()).AssertText(TextKeys.LanguageSwitched, language)
            .Send("/news").AssertReply(reply =>
            {
                Assert.Equal(T(CampaignTextKeys.NewsOffer, language).Trim(), reply.Text.Trim());
                Assert.Equal(NewsPayloads.Subscribe, reply.Buttons[0].Payload);
            })
            .Press(T(CampaignTextKeys.ButtonSubscribe, language)).AssertText(CampaignTextKeys.NewsSubscribed, language)
            .StartTestAsync();

        Assert.Equal(_bot.Time.GetUtcNow(), Consent!.GivenAt);
    }

    [Theory]
    [InlineData(Language.Ru, "подписаться", "отписаться")]
    [InlineData(Language.Kk, "жазылу", "жазылымнан шығу")]
    public async Task TypedWordsGiveAndWithdrawTheConsent(Language language, string subscribe, string unsubscribe)
    {
        await _bot.Conversation()
            .Send("/lang " + language.Code()).AssertText(TextKeys.LanguageSwitched, language)
            .Send(subscribe).AssertText(CampaignTextKeys.NewsSubscribed, language)
            .Do(() => Assert.NotNull(Consent))
            .Send(unsubscribe + "!").AssertText(CampaignTextKeys.NewsUnsubscribed, language)
            .StartTestAsync();
        Assert.Null(Consent);
    }

    [Fact]
    public Task TheNewsCommandShowsSinceWhenAndTheUnsubscribeButtonWithdrawsIt() =>
        _bot.Conversation()
            .Send("подписаться").AssertText(CampaignTextKeys.NewsSubscribed, Language.Ru)
            .Do(() => _bot.Time.Advance(TimeSpan.FromDays(40)))
            .Send("/news").AssertReply(_bot.Knowledge.Texts.Format(CampaignTextKeys.NewsStatusOn, Language.Ru, ("since", "02.03.2026")))
            .Press(T(CampaignTextKeys.ButtonUnsubscribe, Language.Ru)).AssertText(CampaignTextKeys.NewsUnsubscribed, Language.Ru)
            .Do(() => Assert.Null(Consent))
            .Send("отписаться").AssertText(CampaignTextKeys.NewsNotSubscribed, Language.Ru)
            .StartTestAsync();

    [Fact]
    public async Task PressingSubscribeTwiceKeepsTheTimeOfTheFirstConsent()
    {
        var first = _bot.Time.GetUtcNow();
        await _bot.Conversation()
            .Send("подписаться").AssertText(CampaignTextKeys.NewsSubscribed, Language.Ru)
            .Do(() => _bot.Time.Advance(TimeSpan.FromHours(3)))
            .Press(_ => new Button("", NewsPayloads.Subscribe)).AssertText(CampaignTextKeys.NewsSubscribed, Language.Ru)
            .StartTestAsync();

        Assert.Equal(first, Consent!.GivenAt);
    }

    [Fact]
    public async Task ForgetErasesTheConsent()
    {
        await _bot.Conversation()
            .Send("подписаться").AssertText(CampaignTextKeys.NewsSubscribed, Language.Ru)
            .Send("/forget").AssertText(TextKeys.ForgetConfirmPrompt, Language.Ru)
            .Press(T(TextKeys.ButtonYes, Language.Ru)).AssertText(TextKeys.ForgetDone, Language.Ru)
            .StartTestAsync();

        Assert.Null(Consent);
        Assert.Equal(0, Desk(_bot).Open(Id, "2026", "admin").Invitations!.Invited);
    }

    [Fact]
    public Task TheSurveysThanksOfferNewsAndTheButtonSubscribes() =>
        _bot.Conversation()
            .Send("/start survey").SurveyToTheEnd(Language.Ru)
            .Press(T(CampaignTextKeys.ButtonSubscribe, Language.Ru)).AssertText(CampaignTextKeys.NewsSubscribed, Language.Ru)
            .StartTestAsync();

    [Fact]
    public async Task ASubscribersThanksOfferNoSecondSubscription()
    {
        await _bot.Conversation()
            .Send("подписаться").AssertText(CampaignTextKeys.NewsSubscribed, Language.Ru)
            .Send("/start survey").SurveyToTheEnd(Language.Ru)
            .StartTestAsync();

        var thanks = _bot.Store.Transcript("test:user-1")[^1];
        Assert.Equal(Survey.Done.In(Language.Ru), thanks.Text);
        Assert.DoesNotContain(thanks.Buttons, b => b.Payload == NewsPayloads.Subscribe);
    }

    [Fact]
    public Task NewsInsideTheSurveyIsAnsweredAndTheSameQuestionAskedAgain() =>
        _bot.Conversation()
            .Send("/start survey").AssertReply(Opening(Language.Ru)).AssertReplyStartsWith(Asked("sector", 1, 11, Language.Ru))
            .Send("/news").AssertText(CampaignTextKeys.NewsOffer, Language.Ru)
            .AssertText(FlowTextKeys.BackToStep, Language.Ru).AssertReplyStartsWith(Asked("sector", 1, 11, Language.Ru))
            .Press(_ => new Button("", NewsPayloads.Subscribe)).AssertText(CampaignTextKeys.NewsSubscribed, Language.Ru)
            .AssertText(FlowTextKeys.BackToStep, Language.Ru).AssertReplyStartsWith(Asked("sector", 1, 11, Language.Ru))
            .StartTestAsync();
}
