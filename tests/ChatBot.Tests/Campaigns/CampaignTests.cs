using ChatBot.Core.Campaigns;
using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;
using static ChatBot.Tests.Campaigns.CampaignScript;
using static ChatBot.Tests.Flows.SurveyScript;

namespace ChatBot.Tests.Campaigns;

/// <summary>Opening and closing survey periods and the invitations, through the real engine and LiteDB file.</summary>
public sealed class CampaignTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private const Language Ru = Language.Ru;
    private const Language Kk = Language.Kk;
    private readonly TestBot _bot = new(storage: TestStorage.LiteDb);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void OpeningInvitesExactlyTheSubscribersWhoHaveNotTakenPartEachInTheirLanguageAndOnlyOnce()
    {
        Stored(_bot, "telegram", "1", Ru, subscribed: true);
        Stored(_bot, "web", "2", Kk, subscribed: true);
        Stored(_bot, "telegram", "3", Ru, subscribed: false);
        Completed(_bot, Stored(_bot, "telegram", "4", Ru, subscribed: true), "2026");
        Stored(_bot, "telegram", "5", Kk, subscribed: true);
        Blocked(_bot).MarkBlocked("telegram", "5", _bot.Time.GetUtcNow());
        Stored(_bot, "terminal", "6", Ru, subscribed: true);
        Completed(_bot, Stored(_bot, "telegram", "7", Kk, subscribed: true), "2025");

        var first = Desk(_bot).Open(Id, "2026", "admin");

        Assert.Equal(CampaignOutcome.Done, first.Outcome);
        Assert.Equal((3, 0, 1, 1, 1), (first.Invitations!.Invited, first.Invitations.AlreadyInvited, first.Invitations.Completed, first.Invitations.Blocked, first.Invitations.Unreachable));
        Assert.Equal(Invitation(Ru), Assert.Single(Pending(_bot, "telegram:1")).Text);
        Assert.Equal(Invitation(Kk), Assert.Single(Pending(_bot, "web:2")).Text);
        Assert.Equal(Invitation(Kk), Assert.Single(Pending(_bot, "telegram:7")).Text);
        foreach (var left in new[] { "telegram:3", "telegram:4", "telegram:5", "terminal:6" })
        {
            Assert.Empty(Pending(_bot, left));
        }

        var again = Desk(_bot).Open(Id, "2026", "admin");
        _bot.Restart();
        var afterRestart = Desk(_bot).Open(Id, null, "admin");

        Assert.Equal((0, 3), (again.Invitations!.Invited, again.Invitations.AlreadyInvited));
        Assert.Equal((0, 3), (afterRestart.Invitations!.Invited, afterRestart.Invitations.AlreadyInvited));
        Assert.Single(Pending(_bot, "telegram:1"));
        Assert.Equal(3, afterRestart.Status!.Invited);
        Assert.Equal(CampaignStatus.Open, afterRestart.Status.State);
    }

    [Fact]
    public void ReopeningAClosedPeriodInvitesOnlyThoseWhoSubscribedSince()
    {
        Stored(_bot, "telegram", "1", Ru, subscribed: true);
        Assert.Equal(1, Desk(_bot).Open(Id, "2026", "admin").Invitations!.Invited);
        Desk(_bot).Close(Id, null, "admin");
        Stored(_bot, "telegram", "2", Kk, subscribed: true);

        var reopened = Desk(_bot).Open(Id, "2026", "admin");

        Assert.Equal((1, 1), (reopened.Invitations!.Invited, reopened.Invitations.AlreadyInvited));
        Assert.Single(Pending(_bot, "telegram:1"));
        Assert.Single(Pending(_bot, "telegram:2"));
    }

    [Fact]
    public void ThousandsOfSubscribersAreInvitedPageByPage()
    {
        const int subscribers = 1_500;
        _bot.Database.InTransaction(_ =>
        {
            for (var i = 0; i < subscribers; i++)
            {
                Stored(_bot, "telegram", (100_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), i % 2 == 0 ? Ru : Kk, subscribed: true);
            }
        });

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = Desk(_bot).Open(Id, "2026", "admin");
        output.WriteLine($"{subscribers} subscribers invited in {clock.Elapsed.TotalSeconds:0.00} s");

        Assert.Equal(subscribers, result.Invitations!.Invited);
        Assert.Equal(subscribers, _bot.Outbox.Pending("telegram", 10_000).Count);
        Assert.Equal(subscribers, Desk(_bot).Open(Id, "2026", "admin").Invitations!.AlreadyInvited);
        Assert.Equal(subscribers, _bot.Outbox.Pending("telegram", 10_000).Count);
    }

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.Kk)]
    public Task PressingTheInvitationsButtonStartsTheSurvey(Language language) =>
        _bot.Conversation("user-1", "web")
            .Send("/lang " + language.Code()).AssertText(TextKeys.LanguageSwitched, language)
            .Send("/news").AssertReply(_ => { })
            .Press(T(CampaignTextKeys.ButtonSubscribe, language)).AssertText(CampaignTextKeys.NewsSubscribed, language)
            .Do(() => Desk(_bot).Open(Id, null, "admin"))
            .Receive(() => Pending(_bot, "web:user-1").TakeLast(1))
            .AssertReply(reply =>
            {
                Assert.Equal(Invitation(language), reply.Text);
                Assert.Equal([FlowPayloads.Start(Id), NewsPayloads.Unsubscribe], reply.Buttons.Select(b => b.Payload));
            })
            .Press(T(CampaignTextKeys.ButtonStartSurvey, language))
            .AssertReply(Opening(language)).AssertReplyStartsWith(Asked("sector", 1, 11, language))
            .StartTestAsync();

    [Fact]
    public Task TheInvitationsUnsubscribeButtonWithdrawsTheConsent() =>
        _bot.Conversation("user-1", "web")
            .Send("подписаться").AssertText(CampaignTextKeys.NewsSubscribed, Ru)
            .Do(() => Desk(_bot).Open(Id, null, "admin"))
            .Receive(() => Pending(_bot, "web:user-1").TakeLast(1)).AssertReply(Invitation(Ru))
            .Press(T(CampaignTextKeys.ButtonUnsubscribe, Ru)).AssertText(CampaignTextKeys.NewsUnsubscribed, Ru)
            .Do(() => Assert.Null(_bot.Store.Find("web:user-1")!.News))
            .StartTestAsync();

    [Fact]
    public Task AClosedPeriodRefusesKindlySaysWhenItOpensAndOffersNews() =>
        _bot.Conversation()
            .Do(() => Desk(_bot).Open(Id, "2026", "admin"))
            .Do(() => Assert.Equal(CampaignOutcome.Done, Desk(_bot).Close(Id, "2027-03-01", "admin").Outcome))
            .Send("/start survey").AssertReply(reply =>
            {
                Assert.Equal(
                    Closed(Ru) + " " + _bot.Knowledge.Texts.Format(CampaignTextKeys.SurveyReopens, Ru, ("date", "01.03.2027")) + "\n\n" + T(CampaignTextKeys.ClosedOfferNews, Ru),
                    reply.Text);
                Assert.Equal(NewsPayloads.Subscribe, reply.Buttons[0].Payload);
            })
            .Press(T(CampaignTextKeys.ButtonSubscribe, Ru)).AssertText(CampaignTextKeys.NewsSubscribed, Ru)
            .Send("хочу пройти опрос").AssertReply(reply =>
            {
                Assert.StartsWith(Closed(Ru), reply.Text, StringComparison.Ordinal);
                Assert.EndsWith(T(CampaignTextKeys.ClosedSubscribed, Ru), reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain(reply.Buttons, b => b.Payload == NewsPayloads.Subscribe);
            })
            .StartTestAsync();

    [Fact]
    public Task ASurveyClosedWithoutAReopeningDayDoesNotInventOne() =>
        _bot.Conversation()
            .Send("/lang kk").AssertText(TextKeys.LanguageSwitched, Kk)
            .Do(() => Desk(_bot).Close(Id, null, "admin"))
            .Send("/menu").AssertReply(_ => { })
            .PressPayload(FlowPayloads.Start(Id)).AssertReply(Closed(Kk) + "\n\n" + T(CampaignTextKeys.ClosedOfferNews, Kk))
            .StartTestAsync();

    [Fact]
    public async Task ASurveyThatNeverHadACampaignTakesAnswersForTheCalendarYear()
    {
        Assert.Equal(CampaignStatus.AlwaysOpen, Desk(_bot).Status(Id)!.State);
        await _bot.Conversation().Send("/start survey").SurveyToTheEnd(Ru).StartTestAsync();

        Assert.Equal(1, Desk(_bot).Status(Id)!.Respondents);
    }

    [Fact]
    public async Task AnswersCountForTheOpenCampaignsPeriodAndOnceInIt()
    {
        // A late survey for 2025, run in March 2026.
        Desk(_bot).Open(Id, "2025", "admin");
        await _bot.Conversation()
            .Send("/start survey").SurveyToTheEnd(Ru)
            .Send("/start survey").AssertReply(_bot.Knowledge.Texts.Format(FlowTextKeys.AlreadyDone, Ru, ("period", "2025")))
            .StartTestAsync();

        Assert.Equal(FlowResponseStatus.Completed, Assert.Single(_bot.FlowResponses.InPeriod(Id, "2025")).Status);
        Assert.Empty(_bot.FlowResponses.InPeriod(Id, "2026"));
        Assert.True(_bot.FlowResponses.HasCompleted(Id, "2025", "test:user-1"));
    }

    [Fact]
    public Task ARespondentInsideTheSurveyWhenItClosesMayFinish() =>
        _bot.Conversation()
            .Do(() => Desk(_bot).Open(Id, "2026", "admin"))
            .Send("/start survey").AssertReply(Opening(Ru)).AssertReplyStartsWith(Asked("sector", 1, 11, Ru))
            .Do(() => Desk(_bot).Close(Id, null, "admin"))
            .Press(Label("sector", "trade", Ru)).AssertReplyStartsWith(Asked("size", 2, 11, Ru))
            .StartTestAsync();

    [Fact]
    public void TheDeskRefusesAnUnknownSurveyABadPeriodAPastReopeningDayAndASecondOpenPeriod()
    {
        var desk = Desk(_bot);
        Assert.Equal(CampaignOutcome.UnknownSurvey, desk.Open("no_such_survey", null, "admin").Outcome);
        Assert.Equal(CampaignOutcome.Invalid, desk.Open(Id, "2026-03", "admin").Outcome);
        Assert.Equal(CampaignOutcome.Invalid, desk.Open(Id, "20x6", "admin").Outcome);
        Assert.Equal(CampaignOutcome.Invalid, desk.Close(Id, "2026-03-02", "admin").Outcome);
        Assert.Equal(CampaignOutcome.Invalid, desk.Close(Id, "01.03.2027", "admin").Outcome);
        Assert.Equal(CampaignOutcome.Done, desk.Open(Id, "2026", "admin").Outcome);

        var second = desk.Open(Id, "2027", "admin");

        Assert.Equal(CampaignOutcome.Conflict, second.Outcome);
        Assert.Contains("2026", second.Reason, StringComparison.Ordinal);
    }
}
