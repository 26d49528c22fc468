using ChatBot.Core.Engine;
using ChatBot.Core.Messages;
using ChatBot.Core.Sessions;
using ChatBot.Core.Time;
using ChatBot.Testing;

namespace ChatBot.Tests.Sessions;

/// <summary>Sessions through the real engine: where one ends, what it is judged, and that it is stored once.</summary>
public sealed class SessionConversationTests : IDisposable
{
    private const string Conversation = "test:user-1";
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private IReadOnlyList<SessionOutcome> Stored => _bot.SessionOutcomes.StartedBetween(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);

    [Fact]
    public async Task AMessageExactlyThirtyMinutesAfterTheLastStartsANewSessionAndEndsThePrevious()
    {
        var start = _bot.Time.GetUtcNow();
        await _bot.Conversation()
            .Send("как открыть ИП").AssertReply(_ => { })
            .Do(() => _bot.Time.Advance(SessionRules.IdleEnd))
            .Send("привет").AssertReply(_ => { })
            .StartTestAsync();

        var ended = Assert.Single(Stored);
        Assert.Equal((start, start, 1, SessionResult.AnsweredByBot), (ended.StartedAt, ended.EndedAt, ended.Messages, ended.Result));
        Assert.Equal(start + SessionRules.IdleEnd, _bot.Store.Find(Conversation)!.Session!.StartedAt);
    }

    [Fact]
    public async Task AMessageASecondBeforeThirtyMinutesContinuesTheSession()
    {
        await _bot.Conversation()
            .Send("как открыть ИП").AssertReply(_ => { })
            .Do(() => _bot.Time.Advance(SessionRules.IdleEnd - TimeSpan.FromSeconds(1)))
            .Send("привет").AssertReply(_ => { })
            .StartTestAsync();

        Assert.Empty(Stored);
        Assert.Equal(2, _bot.Store.Find(Conversation)!.Session!.Messages);
    }

    [Fact]
    public async Task ASessionSpanningMidnightInAlmatyIsOneSessionOfTheDayItStarted()
    {
        // 23:50 Almaty on the last day of March, then a message every 20 minutes until 00:30.
        var lateEvening = AlmatyTime.ToUtc(new DateOnly(2026, 3, 31), new TimeOnly(23, 50));
        _bot.Time.SetUtcNow(lateEvening);
        await _bot.Conversation()
            .Send("как открыть ИП").AssertReply(_ => { })
            .Do(() => _bot.Time.Advance(TimeSpan.FromMinutes(20)))
            .Send("какие налоги платит ИП").AssertReply(_ => { })
            .Do(() => _bot.Time.Advance(TimeSpan.FromMinutes(20)))
            .Send("спасибо").AssertReply(_ => { })
            .Do(() => _bot.Time.Advance(SessionRules.IdleEnd))
            .StartTestAsync();
        await _bot.SessionSweeper.RunOnceAsync();

        var session = Assert.Single(Stored);
        Assert.Equal((lateEvening, 3), (session.StartedAt, session.Messages));
        Assert.Equal(lateEvening.AddMinutes(40), session.EndedAt);
        Assert.Single(_bot.SessionOutcomes.StartedBetween(
            AlmatyTime.ToUtc(new DateOnly(2026, 3, 1), TimeOnly.MinValue), AlmatyTime.ToUtc(new DateOnly(2026, 4, 1), TimeOnly.MinValue)));
    }

    [Fact]
    public async Task TheSweeperEndsASessionGoneQuietAndTheUsersReturnStartsAnother()
    {
        await _bot.Conversation().Send("как открыть ИП").AssertReply(_ => { }).StartTestAsync();

        _bot.Time.Advance(SessionRules.IdleEnd - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await _bot.SessionSweeper.RunOnceAsync());
        _bot.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await _bot.SessionSweeper.RunOnceAsync());
        Assert.Equal(0, await _bot.SessionSweeper.RunOnceAsync());
        Assert.Null(_bot.Store.Find(Conversation)!.Session);

        _bot.Time.Advance(TimeSpan.FromHours(5));
        await _bot.Conversation().Send("привет", "later").AssertReply(_ => { }).Do(() => _bot.Time.Advance(SessionRules.IdleEnd)).StartTestAsync();
        await _bot.SessionSweeper.RunOnceAsync();

        Assert.Equal([SessionResult.AnsweredByBot, SessionResult.Abandoned], Stored.Select(s => s.Result));
    }

    [Fact]
    public async Task TheSweeperAndAReturningUserEndingTheSameSessionStoreItOnce()
    {
        await _bot.Conversation().Send("как открыть ИП").AssertReply(_ => { }).StartTestAsync();
        _bot.Time.Advance(SessionRules.IdleEnd + TimeSpan.FromMinutes(1));

        // Both at once, many times over: whichever takes the conversation's lane first ends the session.
        for (var i = 0; i < 20; i++)
        {
            var returning = Task.Run(() => _bot.Engine.HandleAsync(IncomingMessage.FromText("test", "user-1", "привет", _bot.Time.GetUtcNow(), "race-" + i)));
            var sweep = Task.Run(() => _bot.SessionSweeper.RunOnceAsync());
            await Task.WhenAll(returning, sweep);
            _bot.Time.Advance(SessionRules.IdleEnd);
        }

        Assert.True(Stored.Count == 20, string.Join("\n", Stored.Select(s => $"{s.Id} {s.Messages} {s.Result}")));
        Assert.Equal(20, Stored.Select(s => s.Id).Distinct().Count());
        Assert.Equal(SessionResult.AnsweredByBot, Stored[0].Result);
        Assert.All(Stored.Skip(1), s => Assert.Equal((1, SessionResult.Abandoned), (s.Messages, s.Result)));
    }

    [Fact]
    public async Task AnAmbiguousQuestionClarifiedAndThenAnsweredIsClarifiedAndAnswered()
    {
        await _bot.Conversation()
            .Send("ндс")
            .AssertReply(_ => { })
            .Press(reply => reply.Buttons.First(b => Payloads.TryIntent(b.Payload, out _)))
            .AssertReply(_ => { })
            .StartTestAsync();

        Assert.Equal(SessionResult.ClarifiedAndAnswered, await EndedResult());
        Assert.Single(Stored[0].Topics);
    }

    [Fact]
    public async Task AQuestionTheBotDidNotUnderstandAndNothingAnsweredIsNotUnderstood()
    {
        await _bot.Conversation().Send("посоветуйте породу собаки для квартиры").AssertReply(_ => { }).StartTestAsync();

        Assert.Equal(SessionResult.NotUnderstood, await EndedResult());
    }

    [Fact]
    public async Task AGreetingAloneIsAbandoned()
    {
        await _bot.Conversation().Send("/start").AssertReply(_ => { }).StartTestAsync();

        Assert.Equal(SessionResult.Abandoned, await EndedResult());
    }

    [Fact]
    public async Task ASessionThatAskedForAnOperatorIsHandedOffEvenAfterAnAnswer()
    {
        await _bot.Conversation()
            .Send("как открыть ИП").AssertReply(_ => { })
            .Send("/operator").AssertReply(_ => { })
            .StartTestAsync();

        Assert.Equal(SessionResult.HandedToOperator, await EndedResult());
        Assert.Equal(_bot.Store.Find(Conversation)!.HandoffId, Stored[0].HandoffId);
    }

    [Fact]
    public async Task ASessionThatLeftTheQueueBeforeAnyoneTookItIsJudgedOnTheRest()
    {
        await _bot.Conversation()
            .Send("/operator").AssertReply(_ => { })
            .Send("/cancel").AssertReply(_ => { })
            .Send("как открыть ИП").AssertReply(_ => { })
            .StartTestAsync();

        Assert.Equal(SessionResult.AnsweredByBot, await EndedResult());
        Assert.Null(Stored[0].HandoffId);
    }

    [Fact]
    public async Task TheTopicsAnsweredAreKeptOnceInTheOrderFirstAnsweredWithChannelLanguageAndUser()
    {
        await _bot.Conversation()
            .Send("как открыть ИП?").AssertReply(_ => { })
            .Send("ндс порог").AssertReply(_ => { })
            .Send("как открыть ИП?").AssertReply(_ => { })
            .StartTestAsync();
        var language = _bot.Store.Find(Conversation)!.Language.Code();
        await EndedResult();

        var session = Stored[0];
        Assert.Equal(["register_sole_proprietor", "vat_registration_threshold"], session.Topics);
        Assert.Equal(("test", language, 3), (session.Channel, session.Language, session.Messages));
        Assert.StartsWith(UserKeys.ChatPrefix, session.UserKey, StringComparison.Ordinal);
        Assert.DoesNotContain("user-1", session.UserKey, StringComparison.Ordinal);
    }

    private async Task<SessionResult> EndedResult()
    {
        _bot.Time.Advance(SessionRules.IdleEnd);
        await _bot.SessionSweeper.RunOnceAsync();
        return Assert.Single(Stored).Result;
    }
}
