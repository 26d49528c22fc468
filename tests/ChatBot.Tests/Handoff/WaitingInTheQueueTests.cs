using ChatBot.Core.Conversations;
using ChatBot.Core.Engine;
using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;

namespace ChatBot.Tests.Handoff;

/// <summary>A user in the operators' queue is never met with silence: the bot answers what it can and says the rest went to the operator.</summary>
public sealed class WaitingInTheQueueTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private Conversation State() => _bot.Store.Find(ConversationIds.Of("test", "user-1"))!;

    /// <summary>Saturday 7 March 2026, 15:00 in Almaty: operators are back on Monday 9 March at 09:00.</summary>
    private void Weekend() => _bot.Time.SetUtcNow(new DateTimeOffset(2026, 3, 7, 10, 0, 0, TimeSpan.Zero));

    private string ClosedNote(Language language) => _bot.Knowledge.Texts.Format(
        TextKeys.HandoffWaitingNoteClosed, language, ("opens", "09:00"), ("closes", "18:00"), ("next", "09.03 09:00"));

    [Fact]
    public async Task Outside_working_hours_a_waiting_user_still_gets_answers_the_menu_and_the_hours_in_Almaty_time()
    {
        Weekend();
        await _bot.Conversation()
            .Send("/operator").AssertReply(_ => { })
            .Send("как открыть ип?")
            .AssertAnswer("register_sole_proprietor", Language.Ru)
            .AssertReply(reply =>
            {
                Assert.Equal(ClosedNote(Language.Ru).Trim(), reply.Text.Trim());
                Assert.Contains("время Алматы", reply.Text, StringComparison.Ordinal);
                Assert.Contains(reply.Buttons, b => b.Payload == Payloads.LeaveQueue);
            })
            .Send("/menu").AssertMainMenu(TextKeys.MenuTitle, Language.Ru)
            .AssertNoMoreReplies()
            .StartTestAsync();

        Assert.Equal(ConversationMode.WaitingForOperator, State().Mode);
    }

    [Fact]
    public async Task A_message_the_bot_cannot_answer_while_waiting_is_acknowledged_rather_than_ignored()
    {
        await _bot.Conversation()
            .Send("/operator").AssertReply(_ => { })
            .Send("какая сегодня погода?").AssertText(TextKeys.HandoffWaitingNote, Language.Ru)
            .Send("расскажи анекдот").AssertText(TextKeys.HandoffWaitingShort, Language.Ru)
            .AssertNoMoreReplies()
            .StartTestAsync();

        Assert.Equal(ConversationMode.WaitingForOperator, State().Mode);
    }

    [Fact]
    public Task The_note_that_the_operator_will_answer_comes_again_only_after_ten_minutes() =>
        _bot.Conversation()
            .Send("/operator").AssertReply(_ => { })
            .Send("какая сегодня погода?").AssertText(TextKeys.HandoffWaitingNote, Language.Ru)
            .Do(() => _bot.Time.Advance(HandoffDesk.WaitingNoteInterval - TimeSpan.FromMinutes(1)))
            .Send("как открыть ип?").AssertAnswer("register_sole_proprietor", Language.Ru)
            .AssertNoMoreReplies()
            .Do(() => _bot.Time.Advance(TimeSpan.FromMinutes(1)))
            .Send("как открыть ип?").AssertAnswer("register_sole_proprietor", Language.Ru)
            .AssertText(TextKeys.HandoffWaitingNote, Language.Ru)
            .StartTestAsync();

    [Fact]
    public async Task Asking_for_an_operator_again_while_waiting_says_where_things_stand_and_does_not_queue_twice()
    {
        await _bot.Conversation()
            .Send("/operator").AssertReply(_ => { })
            .Send("/operator").AssertText(TextKeys.HandoffWaitingNote, Language.Ru)
            .AssertNoMoreReplies()
            .StartTestAsync();

        Assert.Single(_bot.Handoffs.All());
    }

    [Fact]
    public async Task A_waiting_user_writing_in_Kazakh_is_answered_and_told_in_Kazakh()
    {
        Weekend();
        await _bot.Conversation()
            .Send("/lang kk").AssertText(TextKeys.LanguageSwitched, Language.Kk)
            .Send("/operator").AssertReply(_ => { })
            .Send("ЖК қалай ашамын").AssertAnswer("register_sole_proprietor", Language.Kk)
            .AssertReply(ClosedNote(Language.Kk))
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_while_waiting_still_leaves_the_queue()
    {
        await _bot.Conversation()
            .Send("/operator").AssertReply(_ => { })
            .Send("как открыть ип?").AssertAnswer("register_sole_proprietor", Language.Ru).AssertReply(_ => { })
            .Send("/cancel").AssertText(TextKeys.HandoffCancelled, Language.Ru)
            .AssertNoMoreReplies()
            .StartTestAsync();

        Assert.Equal(HandoffOutcome.Cancelled, Assert.Single(_bot.Handoffs.All()).Outcome);
    }
}
