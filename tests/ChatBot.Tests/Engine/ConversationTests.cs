using ChatBot.Core.Engine;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;

namespace ChatBot.Tests.Engine;

/// <summary>Conversations with the real engine, the real model and a real LiteDB file.</summary>
public sealed class ConversationTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public Task AGreetingInRussianIsAnsweredWithTheRussianGreetingAndTheMenu() =>
        _bot.Conversation()
            .Send("Здравствуйте!")
            .AssertMainMenu(TextKeys.Greeting, Language.Ru)
            .StartTestAsync();

    [Fact]
    public Task AGreetingInKazakhIsAnsweredInKazakh() =>
        _bot.Conversation()
            .Send("Сәлеметсіз бе")
            .AssertMainMenu(TextKeys.Greeting, Language.Kk)
            .StartTestAsync();

    [Fact]
    public Task AnFaqAskedInRussianIsAnsweredInRussian() =>
        _bot.Conversation()
            .Send("как открыть ИП?")
            .AssertAnswer("register_sole_proprietor", Language.Ru)
            .StartTestAsync();

    [Fact]
    public Task AnFaqAskedInKazakhIsAnsweredInKazakh() =>
        _bot.Conversation()
            .Send("ЖК қалай ашамын")
            .AssertAnswer("register_sole_proprietor", Language.Kk)
            .StartTestAsync();

    [Fact]
    public Task AKazakhQuestionTypedWithoutKazakhLettersIsAnsweredInKazakh() =>
        _bot.Conversation()
            .Send("жеке касипкерликти калай жабамын")
            .AssertAnswer("close_sole_proprietor", Language.Kk)
            .StartTestAsync();

    [Fact]
    public Task TheFullAnswerCarriesItsYearItsOfficialLinksAndRelatedTopics() =>
        _bot.Conversation()
            .Send("как открыть ИП?")
            .AssertAnswer("register_sole_proprietor", Language.Ru)
            .PressPayload(Payloads.More("register_sole_proprietor"))
            .AssertReply(reply =>
            {
                var intent = _bot.Knowledge.Find("register_sole_proprietor")!;
                Assert.Contains(_bot.Knowledge.Texts.Format(TextKeys.AsOf, Language.Ru, ("year", intent.AsOf!.Value.Year)), reply.Text);
                Assert.Equal(intent.Links.Select(l => l.Url), reply.Links.Select(l => l.Url));
                Assert.All(intent.Related, id => Assert.Contains(reply.Buttons, b => b.Payload == Payloads.Intent(id)));
            })
            .StartTestAsync();

    [Fact]
    public async Task AnAmbiguousQuestionGetsClarificationButtonsAndPressingOneAnswersIt()
    {
        string? chosen = null;
        await _bot.Conversation()
            .Send("ндс")
            .AssertReply(reply =>
            {
                Assert.Equal(_bot.Knowledge.Texts.Get(TextKeys.Clarify, Language.Ru), reply.Text);
                Assert.True(reply.Buttons.Count(b => Payloads.TryIntent(b.Payload, out _)) >= 2, TestFlow.Describe(reply));
                Assert.Contains(reply.Buttons, b => b.Payload == Payloads.NoneOfThese);
            })
            .Press(reply =>
            {
                var button = reply.Buttons.First(b => Payloads.TryIntent(b.Payload, out _));
                Payloads.TryIntent(button.Payload, out var id);
                chosen = id;
                return button;
            })
            .AssertReply(reply => Assert.StartsWith(_bot.Knowledge.Find(chosen!)!.FirstAnswer!.Ru.Trim(), reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public Task OneWordNamingASubjectIsAnsweredWithItsLikelyTopicsAsButtons() =>
        _bot.Conversation()
            .Send("ип")
            .AssertReply(reply =>
            {
                Assert.Equal(_bot.Knowledge.Texts.Get(TextKeys.Clarify, Language.Ru), reply.Text);
                Assert.Contains(reply.Buttons, b => b.Payload == Payloads.Intent("register_sole_proprietor"));
                Assert.Contains(reply.Buttons, b => b.Payload == Payloads.Intent("close_sole_proprietor"));
            })
            .StartTestAsync();

    [Fact]
    public async Task AnOutOfScopeQuestionIsToldWhatTheBotIsForRecordedAndOffersTheMenuAndAnOperator()
    {
        await _bot.Conversation()
            .Send("посоветуйте породу собаки для квартиры")
            .AssertMainMenu(TextKeys.OutOfScope, Language.Ru)
            .AssertNoMoreReplies()
            .StartTestAsync();

        var recorded = Assert.Single(_bot.Unanswered.Recent(10));
        Assert.Equal("посоветуйте породу собаки для квартиры", recorded.Text);
        Assert.Equal("ru", recorded.Language);
    }

    [Fact]
    public async Task AMessageDeliveredTwiceIsAnsweredOnce()
    {
        await _bot.Conversation()
            .Send("как открыть ИП?", messageId: "update-7")
            .AssertAnswer("register_sole_proprietor", Language.Ru)
            .Send("как открыть ИП?", messageId: "update-7")
            .AssertNoMoreReplies()
            .StartTestAsync();

        var transcript = _bot.Store.Transcript("test:user-1");
        Assert.Single(transcript, t => t.From == MessageAuthor.User);
    }

    [Fact]
    public Task TheLanguageCanBeSwitchedWithLangAndIsRemembered() =>
        _bot.Conversation()
            .Send("/lang")
            .AssertText(TextKeys.ChooseLanguage, Language.Ru)
            .Press("Қазақша")
            .AssertText(TextKeys.LanguageSwitched, Language.Kk)
            .Send("/help")
            .AssertText(TextKeys.Help, Language.Kk)
            .StartTestAsync();

    [Fact]
    public Task AMessageInEnglishIsAnsweredInRussianWithANote() =>
        _bot.Conversation()
            .Send("how do I open a business here")
            .AssertReplyStartsWith(_bot.Knowledge.Texts.Get(TextKeys.EnglishNote, Language.Ru))
            .StartTestAsync();

    [Fact]
    public Task TheMenuLeadsToACategoryAndATopic() =>
        _bot.Conversation()
            .Send("/menu")
            .AssertMainMenu(TextKeys.MenuTitle, Language.Ru)
            .Press(_bot.Knowledge.Texts.Get(TextKeys.ButtonTopics, Language.Ru))
            .AssertText(TextKeys.TopicsTitle, Language.Ru)
            .Press(_bot.Knowledge.Texts.Get("category_registration", Language.Ru))
            .AssertText(TextKeys.CategoryPick, Language.Ru)
            .Press(_bot.Knowledge.Find("close_sole_proprietor")!.Title.Ru)
            .AssertAnswer("close_sole_proprietor", Language.Ru)
            .StartTestAsync();

    [Fact]
    public async Task ForgetErasesTheTranscriptAfterConfirmation()
    {
        await _bot.Conversation()
            .Send("как открыть ИП?")
            .AssertAnswer("register_sole_proprietor", Language.Ru)
            .Send("/forget")
            .AssertText(TextKeys.ForgetConfirmPrompt, Language.Ru)
            .Press(_bot.Knowledge.Texts.Get(TextKeys.ButtonYes, Language.Ru))
            .AssertText(TextKeys.ForgetDone, Language.Ru)
            .StartTestAsync();

        var transcript = _bot.Store.Transcript("test:user-1");
        Assert.DoesNotContain(transcript, t => t.Text.Contains("ИП", StringComparison.Ordinal) && t.From == MessageAuthor.User);
    }

    [Fact]
    public async Task ForgetDropsTheQuestionWaitingForItsClarificationAndKeepsOnlyTheLanguage()
    {
        await _bot.Conversation()
            .Send("/lang kk").AssertText(TextKeys.LanguageSwitched, Language.Kk)
            .Send("ип").AssertText(TextKeys.Clarify, Language.Kk)
            .Do(() => Assert.Equal("ип", _bot.Store.Find("test:user-1")!.ClarifiedQuestion))
            .Send("/forget").AssertText(TextKeys.ForgetConfirmPrompt, Language.Kk)
            .Send("иә").AssertText(TextKeys.ForgetDone, Language.Kk)
            .StartTestAsync();

        var state = _bot.Store.Find("test:user-1")!;
        Assert.Null(state.ClarifiedQuestion);
        Assert.Equal(Language.Kk, state.Language);
        Assert.DoesNotContain(_bot.Store.Transcript("test:user-1"), t => t.From == MessageAuthor.User);
    }

    [Theory]
    [InlineData("Нет")]
    [InlineData("отмена")]
    [InlineData("болдырмау")]
    public async Task ATypedNoOrCancelKeepsEverythingForgetWouldErase(string typed)
    {
        await _bot.Conversation()
            .Send("как открыть ИП?")
            .AssertAnswer("register_sole_proprietor", Language.Ru)
            .Send("/forget")
            .AssertText(TextKeys.ForgetConfirmPrompt, Language.Ru)
            .Send(typed)
            .AssertText(TextKeys.ForgetCancelled, Language.Ru)
            .StartTestAsync();

        Assert.Contains(_bot.Store.Transcript("test:user-1"), t => t.Text == "как открыть ИП?");
    }

    [Fact]
    public Task AnUnknownButtonShowsTheMenuInsteadOfFailing() =>
        _bot.Conversation()
            .Send("/start")
            .AssertMainMenu(TextKeys.Greeting, Language.Ru)
            .Press(_ => new Button("old", "intent:no_such_topic"))
            .AssertMainMenu(TextKeys.MenuTitle, Language.Ru)
            .StartTestAsync();
}
