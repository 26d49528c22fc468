using ChatBot.Core.Conversations;
using ChatBot.Core.Engine;
using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Operators;
using ChatBot.Core.Storage;
using ChatBot.Operators.Accounts;
using ChatBot.Operators.Desk;
using ChatBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Handoff;

/// <summary>"Оцените помощь оператора" after an operator gives the conversation back or closes it, in both languages.</summary>
public sealed class OperatorRatingTests : IDisposable
{
    private const string Me = "test:user-1";
    private readonly TestBot _bot = new();
    private readonly ConversationDesk _desk;

    public OperatorRatingTests()
    {
        var services = _bot.Services;
        var accounts = new OperatorAccounts(services.GetRequiredService<IOperatorAccountStore>());
        accounts.Add("aigerim", OperatorRoles.Operator, "correct-horse-7", _bot.Time.GetUtcNow());
        _desk = new ConversationDesk(
            _bot.Engine, _bot.Store, _bot.Handoffs, services.GetRequiredService<IOperatorNotes>(), _bot.Knowledge, accounts,
            services.GetRequiredService<IAuditLog>(), _bot.Events, _bot.Time);
    }

    public void Dispose() => _bot.Dispose();

    private HandoffRecord Record => _bot.Handoffs.Find(HandoffId)!;

    private string HandoffId { get; set; } = "";

    private string Text(string key, Language language) => _bot.Knowledge.Texts.Get(key, language).Trim();

    [Theory]
    [InlineData(Language.Ru, "4", 4)]
    [InlineData(Language.Kk, "2", 2)]
    public async Task AfterTheOperatorGivesTheConversationBackOneTapRatesTheirHelp(Language language, string pressed, int stored)
    {
        await HandedOff(language)
            .Do(() => Released())
            .Receive(LastPushed)
            .AssertReply(asked =>
            {
                Assert.Equal(Text(TextKeys.HandoffReleased, language) + "\n\n" + Text(TextKeys.HandoffRating, language), asked.Text);
                Assert.Equal(["1", "2", "3", "4", "5"], asked.Buttons.Select(b => b.Title));
            })
            .Press(pressed).AssertText(TextKeys.HandoffRatingThanks, language)
            .StartTestAsync();

        Assert.Equal(stored, Record.Rating);
    }

    [Theory]
    [InlineData(Language.Ru, "5 баллов")]
    [InlineData(Language.Kk, "бес")]
    public async Task AScoreTypedRightAfterTheQuestionWhenTheOperatorClosedRatesToo(Language language, string typed)
    {
        await HandedOff(language)
            .Do(() => _desk.CloseAsync(Me, "aigerim").GetAwaiter().GetResult())
            .Receive(LastPushed)
            .AssertReply(asked => Assert.StartsWith(Text(TextKeys.HandoffClosed, language), asked.Text, StringComparison.Ordinal))
            .Send(typed).AssertText(TextKeys.HandoffRatingThanks, language)
            .StartTestAsync();

        Assert.Equal((5, HandoffOutcome.Closed), (Record.Rating, Record.Outcome));
    }

    [Theory]
    [InlineData(Language.Ru, "как открыть ИП?")]
    [InlineData(Language.Kk, "ЖК қалай ашамын")]
    public async Task AnythingElseIsAnsweredAsUsualAndTheQuestionLapsesWithoutBeingAskedAgain(Language language, string question)
    {
        await HandedOff(language)
            .Do(() => Released())
            .Receive(LastPushed).AssertReply(_ => { })
            .Send(question).AssertAnswer("register_sole_proprietor", language)
            .Send("5").AssertReply(reply => Assert.NotEqual(Text(TextKeys.HandoffRatingThanks, language), reply.Text.Trim()))
            .StartTestAsync();

        Assert.Null(Record.Rating);
        Assert.Null(_bot.Store.Find(Me)!.RatingAskedFor);
    }

    [Fact]
    public async Task AHandoffIsRatedOnceASecondTapChangesNothing()
    {
        await HandedOff(Language.Ru)
            .Do(() => Released())
            .Receive(LastPushed).AssertReply(_ => { })
            .Press("5").AssertText(TextKeys.HandoffRatingThanks, Language.Ru)
            .StartTestAsync();

        // The same message's other button, pressed later.
        var again = await _bot.Engine.HandleAsync(IncomingMessage.FromButton("test", "user-1", OperatorRating.Payload(HandoffId, 1), _bot.Time.GetUtcNow(), "again"));

        Assert.Equal(Text(TextKeys.HandoffRatingThanks, Language.Ru), again.Replies[0].Message.Text.Trim());
        Assert.Equal(5, Record.Rating);
    }

    [Fact]
    public async Task ARatingButtonOfAnotherConversationsHandoffIsRefused()
    {
        await HandedOff(Language.Ru).Do(() => Released()).Receive(LastPushed).AssertReply(_ => { }).StartTestAsync();

        await _bot.Engine.HandleAsync(IncomingMessage.FromButton("test", "intruder", OperatorRating.Payload(HandoffId, 1), _bot.Time.GetUtcNow(), "x1"));

        Assert.Null(Record.Rating);
    }

    private TestFlow HandedOff(Language language) => _bot.Conversation()
        .Send("/lang " + language.Code()).AssertReply(_ => { })
        .Send("/operator").AssertReply(_ => { })
        .Do(() =>
        {
            HandoffId = _bot.Store.Find(Me)!.HandoffId!;
            Assert.Equal(DeskResult.Done, _desk.ClaimAsync(Me, "aigerim").GetAwaiter().GetResult().Result);
        })
        .Receive(LastPushed).AssertText(TextKeys.HandoffClaimed, language);

    private void Released() => Assert.Equal(DeskResult.Done, _desk.ReleaseAsync(Me, "aigerim").GetAwaiter().GetResult().Result);

    private IEnumerable<OutgoingMessage> LastPushed() => [_bot.ConversationOutbox.PendingAfter(Me, 0, 100).Last().Message];
}
