using ChatBot.Core.Engine;
using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;
using static ChatBot.Tests.Flows.SurveyScript;

namespace ChatBot.Tests.Flows;

/// <summary>The yearly survey through the real engine, model and LiteDB file, in both languages.</summary>
public sealed class SurveyConversationTests : IDisposable
{
    private const Language Ru = Language.Ru;
    private const Language Kk = Language.Kk;
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.Kk)]
    public async Task AFullSurveyByButtonsStoresOneAnonymousCompletedResponse(Language language)
    {
        await ByButtonsToTheEnd(
                _bot.Conversation().Send("/lang " + language.Code()).AssertText(TextKeys.LanguageSwitched, language).Send("/start survey"),
                language,
                climate: "4")
            .StartTestAsync();

        var response = Assert.Single(_bot.FlowResponses.InPeriod(Id, "2026"));
        Assert.Equal(FlowResponseStatus.Completed, response.Status);
        Assert.Equal(language.Code(), response.Language);
        Assert.Equal("trade", response.Answers["sector"]);
        Assert.Equal("micro", response.Answers["size"]);
        Assert.Equal("medeu", response.Answers["district"]);
        Assert.Equal("3", response.Answers["years"]);
        Assert.Equal("4", response.Answers["climate"]);
        Assert.False(response.Answers.ContainsKey("climate_reason"));
        Assert.Equal("taxes,finance", response.Answers["barriers"]);
        Assert.Equal("4", response.Answers["chamber_rating"]);
        Assert.True(string.IsNullOrEmpty(response.Answers["suggestion"]), "a skipped step is kept as empty");
        Assert.Equal("9", response.Answers["recommend"]);
        Assert.Equal("no", response.Answers["contact_consent"]);
        Assert.Empty(_bot.FlowResponses.Contacts(Id));
        Assert.Null(_bot.Store.Find("test:user-1")!.Flow);
    }

    [Fact]
    public async Task AFullSurveyByTypedAnswersInKazakhKeepsTheContactApartFromTheAnswers()
    {
        await _bot.Conversation()
            .Send("/lang kk").AssertText(TextKeys.LanguageSwitched, Kk)
            .Send("/start survey").AssertReply(Opening(Kk)).AssertReplyStartsWith(Asked("sector", 1, 11, Kk))
            .Send("1").AssertReplyStartsWith(Asked("size", 2, 11, Kk))
            .Send("шағын").AssertReplyStartsWith(Asked("district", 3, 11, Kk))
            .Send("Медеу").AssertReplyStartsWith(Asked("years", 4, 11, Kk))
            .Send("12").AssertReplyStartsWith(Asked("climate", 5, 11, Kk))
            .Send("2").AssertReplyStartsWith(Asked("climate_reason", 6, 12, Kk))
            .Send("Жалдау тым қымбат").AssertReplyStartsWith(Asked("barriers", 7, 12, Kk))
            .Send("1, 5").AssertReplyStartsWith(Asked("online_services", 8, 12, Kk))
            .Send("3").AssertReplyStartsWith(Asked("state_support", 9, 12, Kk))
            .Send("Білемін және пайдаландым").AssertReplyStartsWith(Asked("chamber_rating", 10, 12, Kk))
            .Send("4").AssertReplyStartsWith(Asked("recommend", 11, 13, Kk))
            .Send("10").AssertReplyStartsWith(Asked("suggestion", 12, 13, Kk))
            .Send("Салық есептілігін жеңілдету").AssertReplyStartsWith(Asked("contact_consent", 13, 13, Kk))
            .Send("иә").AssertReplyStartsWith(Asked("contact_phone", 14, 15, Kk))
            .Send("8 701 234 56 78").AssertReplyStartsWith(Asked("contact_name", 15, 15, Kk))
            .Send("Айгүл").AssertReply(Survey.Done.In(Kk))
            .StartTestAsync();

        var response = Assert.Single(_bot.FlowResponses.InPeriod(Id, "2026"));
        Assert.Equal(FlowResponseStatus.Completed, response.Status);
        Assert.Equal("kk", response.Language);
        Assert.Equal("small", response.Answers["size"]);
        Assert.Equal("Жалдау тым қымбат", response.Answers["climate_reason"]);
        Assert.Equal("taxes,rent", response.Answers["barriers"]);
        Assert.Equal("used", response.Answers["state_support"]);
        Assert.DoesNotContain("contact_phone", response.Answers.Keys);
        Assert.DoesNotContain("contact_name", response.Answers.Keys);
        var contact = Assert.Single(_bot.FlowResponses.Contacts(Id));
        Assert.Equal("+77012345678", contact.Values["contact_phone"]);
        Assert.Equal("Айгүл", contact.Values["contact_name"]);
        Assert.Equal(response.Id, contact.ResponseId);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("2", true)]
    [InlineData("3", false)]
    [InlineData("5", false)]
    public Task TheReasonForTheClimateIsAskedOnlyAfterAOneOrATwo(string climate, bool asked) =>
        ToClimate(_bot.Conversation(), Ru)
            .Press(climate)
            .AssertReplyStartsWith(asked ? Asked("climate_reason", 6, 12, Ru) : Asked("barriers", 6, 11, Ru))
            .StartTestAsync();

    [Fact]
    public Task BackGoesToThePreviousQuestionAndForgetsItsAnswer() =>
        _bot.Conversation()
            .Send("/start survey").AssertReply(Opening(Ru)).AssertReplyStartsWith(Asked("sector", 1, 11, Ru))
            .Send("Торговля").AssertReplyStartsWith(Asked("size", 2, 11, Ru))
            .PressPayload(FlowPayloads.Back).AssertReplyStartsWith(Asked("sector", 1, 11, Ru))
            .Send("назад").AssertText(FlowTextKeys.FirstStep, Ru).AssertReplyStartsWith(Asked("sector", 1, 11, Ru))
            .Send("IT и связь").AssertReplyStartsWith(Asked("size", 2, 11, Ru))
            .Do(() => Assert.Equal("it", _bot.Store.Find("test:user-1")!.Flow!.Answers["sector"]))
            .StartTestAsync();

    [Fact]
    public async Task CancelKeepsThePartialResponseAndALaterStartBeginsAgain()
    {
        await _bot.Conversation()
            .Send("/start survey").AssertReply(Opening(Ru)).AssertReplyStartsWith(Asked("sector", 1, 11, Ru))
            .Send("2").AssertReplyStartsWith(Asked("size", 2, 11, Ru))
            .Send("/cancel").AssertText(FlowTextKeys.Cancelled, Ru)
            .Send("/start survey").AssertReply(Opening(Ru)).AssertReplyStartsWith(Asked("sector", 1, 11, Ru))
            .StartTestAsync();

        var responses = _bot.FlowResponses.InPeriod(Id, "2026");
        var cancelled = Assert.Single(responses, r => r.Status == FlowResponseStatus.Cancelled);
        Assert.Equal("manufacturing", cancelled.Answers["sector"]);
        Assert.Equal("size", cancelled.LastStepId);
        Assert.Single(responses, r => r.Status == FlowResponseStatus.InProgress);
    }

    [Fact]
    public Task AWeekOfSilenceAndAMenuVisitResumeAtTheSameQuestion() =>
        _bot.Conversation()
            .Send("/start survey").AssertReply(Opening(Ru)).AssertReplyStartsWith(Asked("sector", 1, 11, Ru))
            .Send("Торговля").AssertReplyStartsWith(Asked("size", 2, 11, Ru))
            .Send("/menu").AssertReply(reply => Assert.Contains(reply.Buttons, b => b.Payload == FlowPayloads.Start(Id)))
            .Do(() => _bot.Time.Advance(TimeSpan.FromDays(7)))
            .Send("/start").AssertText(FlowTextKeys.Resumed, Ru).AssertReplyStartsWith(Asked("size", 2, 11, Ru))
            .Send("Малый").AssertReplyStartsWith(Asked("district", 3, 11, Ru))
            .StartTestAsync();

    [Fact]
    public Task ARestartOfTheServiceMidSurveyResumesAtTheSameStep() =>
        _bot.Conversation()
            .Send("/start survey").AssertReply(Opening(Ru)).AssertReplyStartsWith(Asked("sector", 1, 11, Ru))
            .Send("Торговля").AssertReplyStartsWith(Asked("size", 2, 11, Ru))
            .Send("Малый").AssertReplyStartsWith(Asked("district", 3, 11, Ru))
            .Do(() => _bot.Restart())
            .Send("Турксибский").AssertReplyStartsWith(Asked("years", 4, 11, Ru))
            .PressPayload(FlowPayloads.Back).AssertReplyStartsWith(Asked("district", 3, 11, Ru))
            .StartTestAsync();

    [Fact]
    public async Task AFlowFileChangedMidSurveyRestartsItCleanlyWithAnExplanation()
    {
        var changed = new FlowCatalog([Survey with { Version = Survey.Version + "-changed" }]);
        await _bot.Conversation()
            .Send("/start survey").AssertReply(Opening(Ru)).AssertReplyStartsWith(Asked("sector", 1, 11, Ru))
            .Send("Торговля").AssertReplyStartsWith(Asked("size", 2, 11, Ru))
            .Do(() => _bot.Restart(changed))
            .Send("Малый").AssertText(FlowTextKeys.VersionChanged, Ru).AssertReplyStartsWith(Asked("sector", 1, 11, Ru))
            .Send("Торговля").AssertReplyStartsWith(Asked("size", 2, 11, Ru))
            .StartTestAsync();

        var responses = _bot.FlowResponses.InPeriod(Id, "2026");
        Assert.Equal(Survey.Version, Assert.Single(responses, r => r.Status == FlowResponseStatus.Restarted).Version);
        Assert.Equal(Survey.Version + "-changed", Assert.Single(responses, r => r.Status == FlowResponseStatus.InProgress).Version);
    }

    [Fact]
    public Task ASecondAttemptInTheSameYearIsToldKindlyAndTheNextYearIsWelcome() =>
        ByButtonsToTheEnd(_bot.Conversation().Send("/start survey"), Ru, climate: "3")
            .Do(() => _bot.Time.Advance(TimeSpan.FromDays(200)))
            .Send("/start survey")
            .AssertReply(_bot.Knowledge.Texts.Format(FlowTextKeys.AlreadyDone, Ru, ("period", "2026")))
            .Do(() => _bot.Time.SetUtcNow(new DateTimeOffset(2026, 12, 31, 19, 0, 0, TimeSpan.Zero))) // 1 January 2027, 00:00 in Almaty
            .Send("/start survey").AssertReply(Opening(Ru)).AssertReplyStartsWith(Asked("sector", 1, 11, Ru))
            .StartTestAsync();

    [Fact]
    public Task TheSurveyIntentAndTheMenuButtonStartTheSurvey() =>
        _bot.Conversation()
            .Send("хочу пройти опрос").AssertReply(Opening(Ru)).AssertReplyStartsWith(Asked("sector", 1, 11, Ru))
            .Send("/cancel").AssertText(FlowTextKeys.Cancelled, Ru)
            .Send("/menu").AssertReply(_ => { })
            .PressPayload(FlowPayloads.Start(Id)).AssertReply(Opening(Ru)).AssertReplyStartsWith(Asked("sector", 1, 11, Ru))
            .StartTestAsync();

    [Fact]
    public Task AConfidentQuestionMidSurveyIsAnsweredAndTheSameQuestionAskedAgain() =>
        _bot.Conversation()
            .Send("/start survey").AssertReply(Opening(Ru)).AssertReplyStartsWith(Asked("sector", 1, 11, Ru))
            .Send("Торговля").AssertReplyStartsWith(Asked("size", 2, 11, Ru))
            .Send("как открыть ИП?").AssertAnswer("register_sole_proprietor", Ru)
            .AssertText(FlowTextKeys.BackToStep, Ru).AssertReplyStartsWith(Asked("size", 2, 11, Ru))
            .Send("Микро").AssertReplyStartsWith(Asked("district", 3, 11, Ru))
            .StartTestAsync();

    [Fact]
    public async Task ForgetMidSurveyDropsThePositionAndTheAnswersHeldInTheConversation()
    {
        await _bot.Conversation()
            .Send("/start survey").AssertReply(Opening(Ru)).AssertReplyStartsWith(Asked("sector", 1, 11, Ru))
            .Send("Торговля").AssertReplyStartsWith(Asked("size", 2, 11, Ru))
            .Send("/forget").AssertText(TextKeys.ForgetConfirmPrompt, Ru)
            .Send("да").AssertText(TextKeys.ForgetDone, Ru)
            .StartTestAsync();

        Assert.Null(_bot.Store.Find("test:user-1")!.Flow);
    }

    [Fact]
    public Task AMultiChoiceCountsItsMaximumAndNeedsOneOption() =>
        ToStep(_bot.Conversation(), "barriers")
            .PressPayload(FlowPayloads.Done("barriers")).AssertText(FlowTextKeys.NoneSelected, Ru).AssertReplyStartsWith(Asked("barriers", 6, 11, Ru))
            .Press(Label("barriers", "taxes", Ru)).AssertReplyStartsWith(Asked("barriers", 6, 11, Ru))
            .Press(Label("barriers", "rent", Ru)).AssertReply(_ => { })
            .Press(Label("barriers", "staff", Ru)).AssertReply(reply => Assert.Contains(reply.Buttons, b => b.Title == "✓ " + Label("barriers", "staff", Ru)))
            .Press(Label("barriers", "corruption", Ru))
            .AssertReply(_bot.Knowledge.Texts.Format(FlowTextKeys.TooMany, Ru, ("max", 3))).AssertReply(_ => { })
            .Send("1, 2, 3, 4").AssertReply(_bot.Knowledge.Texts.Format(FlowTextKeys.TooMany, Ru, ("max", 3))).AssertReply(_ => { })
            .Send("Готово").AssertReplyStartsWith(Asked("online_services", 7, 11, Ru))
            .StartTestAsync();

    private TestFlow ToClimate(TestFlow flow, Language language) => flow
        .Send("/start survey").AssertReply(Opening(language)).AssertReplyStartsWith(Asked("sector", 1, 11, language))
        .Press(Label("sector", "trade", language)).AssertReplyStartsWith(Asked("size", 2, 11, language))
        .Press(Label("size", "micro", language)).AssertReplyStartsWith(Asked("district", 3, 11, language))
        .Press(Label("district", "medeu", language)).AssertReplyStartsWith(Asked("years", 4, 11, language))
        .Send("3").AssertReplyStartsWith(Asked("climate", 5, 11, language));

    private TestFlow ToStep(TestFlow flow, string step) => step switch
    {
        "barriers" => ToClimate(flow, Ru).Press("4").AssertReplyStartsWith(Asked("barriers", 6, 11, Ru)),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    /// <summary>From the opening to the thanks by buttons only, climate above 2, no contact.</summary>
    private static TestFlow ByButtonsToTheEnd(TestFlow flow, Language language, string climate) => flow
        .AssertReply(Opening(language)).AssertReplyStartsWith(Asked("sector", 1, 11, language))
        .Press(Label("sector", "trade", language)).AssertReplyStartsWith(Asked("size", 2, 11, language))
        .Press(Label("size", "micro", language)).AssertReplyStartsWith(Asked("district", 3, 11, language))
        .Press(Label("district", "medeu", language)).AssertReplyStartsWith(Asked("years", 4, 11, language))
        .Send("3").AssertReplyStartsWith(Asked("climate", 5, 11, language))
        .Press(climate).AssertReplyStartsWith(Asked("barriers", 6, 11, language))
        .Press(Label("barriers", "finance", language)).AssertReply(_ => { })
        .Press(Label("barriers", "taxes", language)).AssertReply(_ => { })
        .Press(Text(FlowTextKeys.ButtonDone, language)).AssertReplyStartsWith(Asked("online_services", 7, 11, language))
        .Press(Label("online_services", "used_ok", language)).AssertReplyStartsWith(Asked("state_support", 8, 11, language))
        .Press(Label("state_support", "aware", language)).AssertReplyStartsWith(Asked("chamber_rating", 9, 11, language))
        .Press("4").AssertReplyStartsWith(Asked("recommend", 10, 12, language))
        .Press("9").AssertReplyStartsWith(Asked("suggestion", 11, 12, language))
        .Press(Text(FlowTextKeys.ButtonSkip, language)).AssertReplyStartsWith(Asked("contact_consent", 12, 12, language))
        .Press(Text(TextKeys.ButtonNo, language)).AssertReply(Survey.Done.In(language));
}
