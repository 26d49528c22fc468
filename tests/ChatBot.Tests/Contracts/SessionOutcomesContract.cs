using ChatBot.Core.Sessions;
using static ChatBot.Tests.Contracts.Samples;

namespace ChatBot.Tests.Contracts;

/// <summary>What <see cref="ISessionOutcomes"/> and <see cref="IIdleSessions"/> promise: each session once, found by its start.</summary>
public abstract class SessionOutcomesContract : StoreContract
{
    private ISessionOutcomes Outcomes => Stores.SessionOutcomes;

    [StoreFact]
    public void AnOutcomeIsFoundWithEverythingItHolds()
    {
        var outcome = Outcome("1", At, SessionResult.ClarifiedAndAnswered);
        outcome.Source = "portal_main";
        outcome.Topics = ["tax.regime", "ip.open"];
        outcome.CompletedFlows = ["enrollment"];
        outcome.HandoffId = "h1";

        Outcomes.Add(outcome);

        Assert.Equivalent(outcome, Assert.Single(Outcomes.StartedBetween(At, At.AddDays(1))), strict: true);
    }

    [StoreFact]
    public void AnOutcomeAddedTwiceIsStoredOnceAsItWasFirst()
    {
        Outcomes.Add(Outcome("1", At, SessionResult.AnsweredByBot));
        Outcomes.Add(Outcome("1", At, SessionResult.Abandoned));

        Assert.Equal(SessionResult.AnsweredByBot, Assert.Single(Outcomes.StartedBetween(At, At.AddDays(1))).Result);
    }

    [StoreFact]
    public void AnOutcomeCommittedWithATurnAndAddedAgainIsStoredOnce()
    {
        var conversation = Conversation("1");
        Stores.Conversations.Commit(Turn(conversation) with { EndedSession = Outcome("1", At, SessionResult.NotUnderstood) });
        Stores.Conversations.Commit(Turn(conversation) with { EndedSession = Outcome("1", At, SessionResult.Abandoned) });
        Outcomes.Add(Outcome("1", At, SessionResult.AnsweredByBot));

        Assert.Equal(SessionResult.NotUnderstood, Assert.Single(Outcomes.StartedBetween(At, At.AddDays(1))).Result);
    }

    [StoreFact]
    public void TheSessionsStartedInAPeriodIncludeItsStartAndExcludeItsEnd()
    {
        Outcomes.Add(Outcome("before", At.AddMilliseconds(-1), SessionResult.Abandoned));
        Outcomes.Add(Outcome("first", At, SessionResult.Abandoned));
        Outcomes.Add(Outcome("last", At.AddHours(1).AddMilliseconds(-1), SessionResult.Abandoned));
        Outcomes.Add(Outcome("after", At.AddHours(1), SessionResult.Abandoned));

        Assert.Equal(
            ["telegram:first", "telegram:last"],
            Outcomes.StartedBetween(At, At.AddHours(1)).Select(o => o.ConversationId));
    }

    [StoreFact]
    public void TheSessionsComeInOrderOfStartWhateverTheOrderTheyWereAdded()
    {
        Outcomes.Add(Outcome("c", At.AddMinutes(20), SessionResult.Abandoned));
        Outcomes.Add(Outcome("a", At, SessionResult.Abandoned));
        Outcomes.Add(Outcome("b", At.AddMinutes(10), SessionResult.Abandoned));

        Assert.Equal(["telegram:a", "telegram:b", "telegram:c"], Outcomes.StartedBetween(At, At.AddDays(1)).Select(o => o.ConversationId));
    }

    [StoreFact]
    public void OnlyOpenSessionsQuietSinceTheCutOffAreFound()
    {
        Stores.Conversations.Commit(Turn(WithSession("quiet", At)));
        Stores.Conversations.Commit(Turn(WithSession("exactly", At.AddMinutes(10))));
        Stores.Conversations.Commit(Turn(WithSession("talking", At.AddMinutes(10).AddSeconds(1))));
        Stores.Conversations.Commit(Turn(Conversation("ended")));

        Assert.Equal(
            ["telegram:exactly", "telegram:quiet"],
            Stores.IdleSessions.QuietSince(At.AddMinutes(10)).Order(StringComparer.Ordinal));
    }

    private static SessionOutcome Outcome(string chatId, DateTimeOffset startedAt, SessionResult result) => new()
    {
        Id = SessionOutcome.IdOf("telegram:" + chatId, startedAt),
        ConversationId = "telegram:" + chatId,
        Channel = "telegram",
        Language = "kk",
        UserKey = "chat:abc",
        StartedAt = startedAt,
        EndedAt = startedAt.AddMinutes(4),
        Result = result,
        Messages = 3,
    };

    private static Core.Conversations.Conversation WithSession(string chatId, DateTimeOffset lastMessageAt)
    {
        var conversation = Conversation(chatId);
        conversation.Session = new SessionState { StartedAt = lastMessageAt.AddMinutes(-5), LastMessageAt = lastMessageAt, Messages = 2 };
        return conversation;
    }
}

public sealed class SessionOutcomesContractOnLiteDb : SessionOutcomesContract
{
    protected override StoreSet OpenStores() => StoreSet.OnLiteDb();
}

public sealed class SessionOutcomesContractInMemory : SessionOutcomesContract
{
    protected override StoreSet OpenStores() => StoreSet.InMemory();
}

public sealed class SessionOutcomesContractOnPostgreSql : SessionOutcomesContract
{
    protected override StoreSet OpenStores() => StoreSet.OnPostgreSql();
}
