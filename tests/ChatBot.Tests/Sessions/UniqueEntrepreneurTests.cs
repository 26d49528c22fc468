using ChatBot.Core.Messages;
using ChatBot.Core.Sessions;
using ChatBot.Testing;
using static ChatBot.Tests.Engine.Trainings.EnrollmentScript;

namespace ChatBot.Tests.Sessions;

/// <summary>Who a session's user is: the keyed hash of the ИИН they gave, the same in every channel, never the number.</summary>
public sealed class UniqueEntrepreneurTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task TheSameIinGivenInTelegramAndInTheWidgetGivesTheSameUserKey()
    {
        var training = Training(_bot);
        foreach (var channel in new[] { "telegram", "web" })
        {
            await _bot.Conversation("person", channel)
                .Send("хочу записаться на вебинар").AssertReply(_ => { })
                .Press(list => TrainingButton(list, training)).AssertReply(_ => { })
                .Press(EnrollButton(Language.Ru)).AssertReply(_ => { })
                .FillTheForm(Language.Ru)
                .AssertReply(_ => { })
                .StartTestAsync();
        }

        await _bot.Conversation("someone-else", "telegram").Send("как открыть ИП?").AssertReply(_ => { }).StartTestAsync();
        _bot.Time.Advance(SessionRules.IdleEnd);
        await _bot.SessionSweeper.RunOnceAsync();

        var keys = _bot.SessionOutcomes.StartedBetween(DateTimeOffset.MinValue, DateTimeOffset.MaxValue)
            .ToDictionary(o => o.ConversationId, o => o.UserKey);
        Assert.StartsWith(UserKeys.IdNumberPrefix, keys["telegram:person"], StringComparison.Ordinal);
        Assert.Equal(keys["telegram:person"], keys["web:person"]);
        Assert.StartsWith(UserKeys.ChatPrefix, keys["telegram:someone-else"], StringComparison.Ordinal);
        Assert.All(keys.Values, key => Assert.DoesNotContain(Iin, key, StringComparison.Ordinal));
        Assert.DoesNotContain(Iin, _bot.Store.Find("web:person")!.UserKey!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterForgetTheNextSessionsCountPerChatAgain()
    {
        var training = Training(_bot);
        await _bot.Conversation()
            .Send("хочу записаться на вебинар").AssertReply(_ => { })
            .Press(list => TrainingButton(list, training)).AssertReply(_ => { })
            .Press(EnrollButton(Language.Ru)).AssertReply(_ => { })
            .FillTheForm(Language.Ru)
            .AssertReply(_ => { })
            .Do(() => Assert.NotNull(_bot.Store.Find("test:user-1")!.UserKey))
            .Send("/forget").AssertReply(_ => { })
            .Press(Yes(Language.Ru)).AssertReply(_ => { })
            .StartTestAsync();

        Assert.Null(_bot.Store.Find("test:user-1")!.UserKey);
    }
}
