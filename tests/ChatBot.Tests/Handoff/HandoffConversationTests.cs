using ChatBot.Core.Conversations;
using ChatBot.Core.Engine;
using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;

namespace ChatBot.Tests.Handoff;

/// <summary>The bot's side of a handoff, with the real engine, model and LiteDB file and a fake clock.</summary>
public sealed class HandoffConversationTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private Conversation State(string chatId = "user-1") => _bot.Store.Find(ConversationIds.Of("test", chatId))!;

    private string Queued(Language language, int ahead, int minutes) => _bot.Knowledge.Texts.Format(
        ahead == 0 ? TextKeys.HandoffQueuedNext : TextKeys.HandoffQueued, language, ("ahead", ahead), ("minutes", minutes));

    /// <summary>With nobody online (as in most tests) the estimate is one operator's pace.</summary>
    private string Queued(Language language, int ahead) => Queued(language, ahead, (ahead + 1) * _bot.Hours.MinutesPerWaitingConversation);

    [Fact]
    public async Task OperatorCommandQueuesTheConversationAndSaysHowLongTheWaitIs()
    {
        await _bot.Conversation()
            .Send("/operator")
            .AssertReply(reply =>
            {
                Assert.Equal(Queued(Language.Ru, 0), reply.Text);
                Assert.Contains(reply.Buttons, b => b.Payload == Payloads.LeaveQueue);
            })
            .StartTestAsync();

        Assert.Equal(ConversationMode.WaitingForOperator, State().Mode);
        var record = _bot.Handoffs.Find(State().HandoffId!)!;
        Assert.Equal(HandoffReason.UserAsked, record.Reason);
        Assert.Equal(HandoffOutcome.Waiting, record.Outcome);
        Assert.Equal(_bot.Time.GetUtcNow(), record.RequestedAt);
        Assert.False(record.OutsideHours);
    }

    [Theory]
    [InlineData(Language.Ru, "Вы следующий в очереди.", "Перед вами в очереди: 1.")]
    [InlineData(Language.Kk, "Кезекте сіз келесісіз.", "Кезекте сізден бұрын: 1.")]
    public async Task The_first_in_the_queue_is_told_they_are_next_rather_than_that_none_are_ahead(Language language, string next, string oneAhead)
    {
        await _bot.Conversation("first").Send("/lang " + language.Code()).AssertReply(_ => { })
            .Send("/operator").AssertReply(reply =>
            {
                Assert.Contains(next, reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain(": 0", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
        await _bot.Conversation("second").Send("/lang " + language.Code()).AssertReply(_ => { })
            .Send("/operator").AssertReply(reply => Assert.Contains(oneAhead, reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task TheWaitEstimateGrowsWithTheConversationsAheadInTheQueue()
    {
        await _bot.Conversation("first").Send("/operator").AssertReply(Queued(Language.Ru, 0)).StartTestAsync();
        await _bot.Conversation("second").Send("/operator").AssertReply(Queued(Language.Ru, 1)).StartTestAsync();
    }

    [Fact]
    public async Task TwoOperatorsOnlineTakeTheQueueTwoAtATimeSoTheWaitIsShorter()
    {
        var perConversation = _bot.Hours.MinutesPerWaitingConversation;
        using var aigerim = _bot.Presence.Connect("aigerim");
        using var aigerimSecondTab = _bot.Presence.Connect("aigerim");
        using var nurlan = _bot.Presence.Connect("nurlan");
        foreach (var (user, ahead) in new[] { ("first", 0), ("second", 1), ("third", 2) })
        {
            await _bot.Conversation(user).Send("/operator").AssertReply(_ => { }).StartTestAsync();
        }

        // Three ahead, two operators: two rounds before this one, then its own.
        await _bot.Conversation("fourth").Send("/operator").AssertReply(Queued(Language.Ru, 3, 2 * perConversation)).StartTestAsync();
    }

    [Fact]
    public async Task AnOperatorWhoClosesTheConsoleNoLongerShortensTheWait()
    {
        var nurlan = _bot.Presence.Connect("nurlan");
        using var aigerim = _bot.Presence.Connect("aigerim");
        await _bot.Conversation("first").Send("/operator").AssertReply(Queued(Language.Ru, 0)).StartTestAsync();
        Assert.Equal(2, _bot.Presence.Online);

        nurlan.Dispose();
        nurlan.Dispose();

        Assert.Equal(1, _bot.Presence.Online);
        await _bot.Conversation("second").Send("/operator").AssertReply(Queued(Language.Ru, 1)).StartTestAsync();
    }

    [Fact]
    public async Task AskingForAPersonInKazakhIsUnderstoodAndAnsweredInKazakh()
    {
        await _bot.Conversation()
            .Send("маған оператор керек, адаммен сөйлескім келеді")
            .AssertReply(Queued(Language.Kk, 0))
            .StartTestAsync();
        Assert.Equal(ConversationMode.WaitingForOperator, State().Mode);
    }

    [Fact]
    public async Task TheOperatorButtonQueuesTheConversation()
    {
        await _bot.Conversation()
            .Send("/start")
            .AssertReply(_ => { })
            .Press(_bot.Knowledge.Texts.Get(TextKeys.ButtonOperator, Language.Ru))
            .AssertReply(Queued(Language.Ru, 0))
            .StartTestAsync();
        Assert.Equal(ConversationMode.WaitingForOperator, State().Mode);
    }

    [Fact]
    public async Task WhileWaitingTheBotStillAnswersAndKeepsTheMessagesAndWakesTheConsole()
    {
        using var changes = _bot.Events.ListenAll(e => e.Change == ConversationChange.Handoff);
        await _bot.Conversation()
            .Send("/operator")
            .AssertReply(_ => { })
            .Send("как открыть ИП?")
            .AssertAnswer("register_sole_proprietor", Language.Ru)
            .AssertText(TextKeys.HandoffWaitingNote, Language.Ru)
            .Send("/menu")
            .AssertMainMenu(TextKeys.MenuTitle, Language.Ru)
            .AssertNoMoreReplies()
            .StartTestAsync();

        Assert.Contains(_bot.Store.Transcript(State().Id), t => t.From == MessageAuthor.User && t.Text == "как открыть ИП?");
        Assert.Equal(ConversationMode.WaitingForOperator, State().Mode);
        var woken = new List<string>();
        while (changes.Reader.TryRead(out var change))
        {
            woken.Add(change.ConversationId);
        }

        Assert.Equal([State().Id, State().Id, State().Id], woken);
    }

    [Fact]
    public async Task OnceAnOperatorHoldsTheConversationTheBotSaysNothing()
    {
        await _bot.Conversation()
            .Send("/operator")
            .AssertReply(_ => { })
            .Do(() => TakeOver("aigerim"))
            .Send("как открыть ИП?")
            .AssertNoMoreReplies()
            .Send("/menu")
            .AssertNoMoreReplies()
            .StartTestAsync();

        Assert.Contains(_bot.Store.Transcript(State().Id), t => t.From == MessageAuthor.User && t.Text == "/menu");
    }

    [Fact]
    public async Task CancelWhileWaitingLeavesTheQueueAndTheBotAnswersAgain()
    {
        await _bot.Conversation()
            .Send("/operator")
            .AssertReply(_ => { })
            .Send("/cancel")
            .AssertText(TextKeys.HandoffCancelled, Language.Ru)
            .Send("как открыть ИП?")
            .AssertAnswer("register_sole_proprietor", Language.Ru)
            .StartTestAsync();

        var record = Assert.Single(_bot.Handoffs.All());
        Assert.Equal(HandoffOutcome.Cancelled, record.Outcome);
        Assert.Equal(ConversationMode.Bot, State().Mode);
        Assert.Null(State().HandoffId);
    }

    [Fact]
    public async Task TheLeaveQueueButtonWorksLikeCancel()
    {
        await _bot.Conversation()
            .Send("/operator")
            .AssertReply(_ => { })
            .Press(_bot.Knowledge.Texts.Get(TextKeys.ButtonLeaveQueue, Language.Ru))
            .AssertText(TextKeys.HandoffCancelled, Language.Ru)
            .StartTestAsync();
        Assert.Equal(ConversationMode.Bot, State().Mode);
    }

    [Fact]
    public async Task ForgetWhileWaitingLeavesTheQueueAndAsksToConfirmTheErasure()
    {
        await _bot.Conversation()
            .Send("/operator")
            .AssertReply(_ => { })
            .Send("/forget")
            .AssertText(TextKeys.ForgetConfirmPrompt, Language.Ru)
            .StartTestAsync();

        Assert.Equal(HandoffOutcome.LeftToForget, Assert.Single(_bot.Handoffs.All()).Outcome);
        Assert.Equal(ConversationMode.Bot, State().Mode);
    }

    [Fact]
    public async Task ForgetWhileAnOperatorHoldsTheConversationEndsTheHandoffAndErasesOnYes()
    {
        await _bot.Conversation()
            .Send("/operator")
            .AssertReply(_ => { })
            .Do(() => TakeOver("aigerim"))
            .Send("/forget")
            .AssertText(TextKeys.ForgetConfirmPrompt, Language.Ru)
            .Press(_bot.Knowledge.Texts.Get(TextKeys.ButtonYes, Language.Ru))
            .AssertText(TextKeys.ForgetDone, Language.Ru)
            .StartTestAsync();

        var ended = Assert.Single(_bot.Handoffs.All());
        Assert.Equal(HandoffOutcome.LeftToForget, ended.Outcome);
        Assert.Equal(_bot.Time.GetUtcNow(), ended.EndedAt);
        Assert.DoesNotContain(_bot.Store.Transcript(State().Id), e => e.Text == "/operator");
    }

    /// <summary>What an operator's claim leaves in the store, without the operators' web API.</summary>
    private void TakeOver(string login)
    {
        var held = State();
        var record = _bot.Handoffs.Find(held.HandoffId!)!;
        held.Mode = ConversationMode.Operator;
        held.OperatorId = login;
        record.Outcome = HandoffOutcome.Claimed;
        record.ClaimedAt = _bot.Time.GetUtcNow();
        _bot.Store.Commit(new(held, null, [], [], [], [], Handoff: record));
    }

    /// <summary>A question the model cannot place: it offers topics, and the user says none of them fits.</summary>
    private const string Unplaced = "хочу оспорить штраф от инспекции труда";

    private string Offer(Language language) =>
        _bot.Knowledge.Texts.Get(TextKeys.Fallback, language).TrimEnd() + "\n\n" + _bot.Knowledge.Texts.Format(
            TextKeys.HandoffAfterMisunderstanding, language, ("button", _bot.Knowledge.Texts.Get(TextKeys.ButtonOperator, language)));

    [Fact]
    public async Task TwoMisunderstandingsInARowOfferAPersonAndTheUserDecides()
    {
        var none = _bot.Knowledge.Texts.Get(TextKeys.ButtonNoneOfThese, Language.Ru);
        await _bot.Conversation()
            .Send(Unplaced).AssertText(TextKeys.Clarify, Language.Ru)
            .Press(none).AssertText(TextKeys.Fallback, Language.Ru)
            .Send(Unplaced).AssertText(TextKeys.Clarify, Language.Ru)
            .Press(none)
            .AssertReply(reply =>
            {
                Assert.Equal(Offer(Language.Ru), reply.Text);
                Assert.Contains(reply.Buttons, b => b.Payload == Payloads.Operator);
            })
            .AssertNoMoreReplies()
            .Do(() =>
            {
                Assert.Equal(ConversationMode.Bot, State().Mode);
                Assert.Empty(_bot.Handoffs.All());
            })
            .Press(_bot.Knowledge.Texts.Get(TextKeys.ButtonOperator, Language.Ru))
            .AssertReply(Queued(Language.Ru, 0))
            .StartTestAsync();

        Assert.Equal(HandoffReason.Misunderstood, _bot.Handoffs.Find(State().HandoffId!)!.Reason);
        Assert.Equal(2, _bot.Unanswered.Recent(10).Count(q => q.Text == Unplaced));
    }

    [Fact]
    public async Task APolicyOfOneMisunderstandingOffersAPersonAtTheFirst()
    {
        var shared = SharedModel.Knowledge;
        var policy = shared.Handoff with { Misunderstandings = 1 };
        using var bot = new TestBot(knowledge: new KnowledgeBase(shared.Intents, shared.Texts, shared.Thresholds, policy, shared.Words, shared.FollowUps));

        await bot.Conversation()
            .Send(Unplaced).AssertText(TextKeys.Clarify, Language.Ru)
            .Press(shared.Texts.Get(TextKeys.ButtonNoneOfThese, Language.Ru))
            .AssertReply(Offer(Language.Ru))
            .StartTestAsync();

        Assert.Equal(ConversationMode.Bot, bot.Store.Find(ConversationIds.Of("test", "user-1"))!.Mode);
    }

    [Fact]
    public async Task OffTopicMessagesGetWhatTheBotCanDoAndNeverQueueTheUser()
    {
        await _bot.Conversation()
            .Send("какая сегодня погода?").AssertMainMenu(TextKeys.OutOfScope, Language.Ru)
            .Send("расскажи анекдот").AssertMainMenu(TextKeys.OutOfScope, Language.Ru)
            .Send("как открыть ип?").AssertAnswer("register_sole_proprietor", Language.Ru)
            .AssertNoMoreReplies()
            .StartTestAsync();

        Assert.Equal(ConversationMode.Bot, State().Mode);
        Assert.Empty(_bot.Handoffs.All());
    }

    [Fact]
    public Task OffTopicInKazakhGetsWhatTheBotCanDoInKazakh() =>
        _bot.Conversation()
            .Send("бүгін ауа райы қандай")
            .AssertMainMenu(TextKeys.OutOfScope, Language.Kk)
            .StartTestAsync();

    [Fact]
    public async Task ThreeWrongAnswersToAFlowStepHandTheConversationToAPersonAndKeepTheFlow()
    {
        foreach (var text in new[] { "/start survey", "ыыы", "ъъъ", "ьььь" })
        {
            await _bot.Engine.HandleAsync(IncomingMessage.FromText("test", "user-1", text, _bot.Time.GetUtcNow()));
        }

        Assert.Equal(ConversationMode.WaitingForOperator, State().Mode);
        Assert.Equal(HandoffReason.FlowValidation, _bot.Handoffs.Find(State().HandoffId!)!.Reason);
        Assert.Equal("sector", State().Flow!.StepId);
    }

    [Fact]
    public async Task OutsideWorkingHoursTheBotSaysWhenOperatorsAreBackAndQueuesTheQuestion()
    {
        // Saturday 7 March 2026, 15:00 in Almaty; Monday 9 March is a holiday (8 March moved), so Tuesday 10 March.
        _bot.Time.SetUtcNow(new DateTimeOffset(2026, 3, 7, 10, 0, 0, TimeSpan.Zero));
        _bot.Hours.Holidays.Add(new DateOnly(2026, 3, 9));
        await _bot.Conversation()
            .Send("/operator")
            .AssertReply(_bot.Knowledge.Texts.Format(
                TextKeys.HandoffOutsideHours, Language.Ru, ("opens", "09:00"), ("closes", "18:00"), ("next", "10.03 09:00")))
            .Send("Нужна консультация по аренде помещения у акимата")
            .AssertReply(_bot.Knowledge.Texts.Format(
                TextKeys.HandoffWaitingNoteClosed, Language.Ru, ("opens", "09:00"), ("closes", "18:00"), ("next", "10.03 09:00")))
            .AssertNoMoreReplies()
            .StartTestAsync();

        Assert.Equal(ConversationMode.WaitingForOperator, State().Mode);
        Assert.True(_bot.Handoffs.Find(State().HandoffId!)!.OutsideHours);
    }
}
