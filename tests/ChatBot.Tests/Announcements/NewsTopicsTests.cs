using ChatBot.Core.Announcements;
using ChatBot.Core.Campaigns;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;
using static ChatBot.Tests.Announcements.AnnouncementScript;

namespace ChatBot.Tests.Announcements;

/// <summary>/news shows the topics as toggles in the user's language; every change is honoured at once.</summary>
public sealed class NewsTopicsTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.Kk)]
    public async Task NewsShowsEveryTopicAsAToggleAndPressingOneTurnsItOffAndOnAgain(Language language)
    {
        await _bot.Conversation("user-1", "telegram")
            .Send("/lang " + language.Code()).AssertText(TextKeys.LanguageSwitched, language)
            .Send("/news").AssertReply(reply =>
            {
                Assert.StartsWith(T(CampaignTextKeys.NewsOffer, language).Trim(), reply.Text);
                Assert.Equal([NewsPayloads.Subscribe, .. NewsTopics.All.Select(NewsPayloads.Toggle)], reply.Buttons.Take(5).Select(b => b.Payload));
            })
            .Press(T(CampaignTextKeys.ButtonSubscribe, language)).AssertReply(reply =>
                Assert.Equal(NewsTopics.All.Select(t => Toggle(t, on: true, language)), reply.Buttons.Take(4).Select(b => b.Title)))
            .Press(Toggle(NewsTopics.Tax, on: true, language)).AssertReply(reply =>
            {
                Assert.StartsWith(Format(CampaignTextKeys.NewsTopicOff, language, NewsTopics.Tax), reply.Text);
                Assert.Contains(reply.Buttons, b => b.Title == Toggle(NewsTopics.Tax, on: false, language));
            })
            .Do(() => Assert.Equal([NewsTopics.Trainings, NewsTopics.Support, NewsTopics.Surveys], Consent().Chosen))
            .Press(Toggle(NewsTopics.Tax, on: false, language)).AssertReply(reply =>
                Assert.StartsWith(Format(CampaignTextKeys.NewsTopicOn, language, NewsTopics.Tax), reply.Text))
            .Do(() => Assert.Equal(NewsTopics.All, Consent().Chosen))
            .StartTestAsync();
    }

    [Fact]
    public async Task ATopicTurnedOnWithoutConsentSubscribesToThatTopicAloneAndTurningItOffUnsubscribes()
    {
        await _bot.Conversation("user-1", "telegram")
            .Send("/news").AssertReply(_ => { })
            .Press(Toggle(NewsTopics.Trainings, on: false, Language.Ru)).AssertReply(_ => { })
            .Do(() => Assert.Equal([NewsTopics.Trainings], Consent().Chosen))
            .Press(Toggle(NewsTopics.Trainings, on: true, Language.Ru)).AssertText(CampaignTextKeys.NewsUnsubscribed, Language.Ru)
            .Do(() => Assert.Null(_bot.Store.Find("telegram:user-1")!.News))
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.Kk)]
    public async Task TurningATopicOffWithdrawsItsWaitingAnnouncementAtOnceAndKeepsTheOthers(Language language)
    {
        string training = "", tax = "";
        await _bot.Conversation("user-1", "telegram")
            .Send("/lang " + language.Code()).AssertText(TextKeys.LanguageSwitched, language)
            .Send("/news").AssertReply(_ => { })
            .Press(T(CampaignTextKeys.ButtonSubscribe, language)).AssertReply(_ => { })
            .Do(() => training = Sent(_bot, Draft(NewsTopics.Trainings) with { TextRu = "Семинар", TextKk = "Семинар" }))
            .Do(() => tax = Sent(_bot, Draft(NewsTopics.Tax)))
            .Do(() => Assert.Equal(2, Waiting(_bot, "user-1").Count(m => m.Text.EndsWith("/news.", StringComparison.Ordinal))))
            .Press(Toggle(NewsTopics.Trainings, on: true, language)).AssertReply(_ => { })
            .StartTestAsync();

        Assert.Equal(RecipientStatus.Withdrawn, _bot.Announcements.Recipients(training).Single().Status);
        Assert.Equal(RecipientStatus.Queued, _bot.Announcements.Recipients(tax).Single().Status);
        Assert.Equal([Text(language == Language.Kk ? Kk : Ru, language, NewsTopics.Tax)], Waiting(_bot, "user-1").Where(m => m.Text.EndsWith("/news.", StringComparison.Ordinal)).Select(m => m.Text));
    }

    [Fact]
    public void AConsentGivenBeforeTopicsExistedCoversThemAll() =>
        Assert.Equal(NewsTopics.All, new NewsConsent().Chosen);

    private NewsConsent Consent() => _bot.Store.Find("telegram:user-1")!.News!;

    private static string Format(string key, Language language, string topic) =>
        SharedModel.Knowledge.Texts.Format(key, language, ("topic", T(NewsTopics.TitleKey(topic), language)));
}
