using ChatBot.Core.Flows;
using static ChatBot.Tests.Contracts.Samples;

namespace ChatBot.Tests.Contracts;

/// <summary>What <see cref="IFlowResponses"/> promises: the responses and participations the turns wrote.</summary>
public abstract class FlowResponsesContract : StoreContract
{
    private IFlowResponses Responses => Stores.FlowResponses;

    [StoreFact]
    public void ACompletedPassIsRememberedForItsFlowPeriodAndRespondentOnly()
    {
        var writes = new FlowWrites();
        writes.Participations.Add(new FlowParticipation { Id = FlowParticipation.Key("survey", "2026", "telegram:1"), CompletedAt = At });
        Commit(writes);

        Assert.True(Responses.HasCompleted("survey", "2026", "telegram:1"));
        Assert.False(Responses.HasCompleted("survey", "2025", "telegram:1"));
        Assert.False(Responses.HasCompleted("survey", "2026", "telegram:2"));
        Assert.False(Responses.HasCompleted("other", "2026", "telegram:1"));
    }

    [StoreFact]
    public void TheResponsesOfAPeriodComeInTheOrderTheyStartedWithoutOtherPeriodsOrFlows()
    {
        var writes = new FlowWrites();
        writes.Responses.AddRange(
        [
            Response("a-started-late", "survey", "2026", At.AddHours(2)),
            Response("b-started-early", "survey", "2026", At),
            Response("last-year", "survey", "2025", At.AddHours(1)),
            Response("other-flow", "other", "2026", At.AddHours(1)),
        ]);
        Commit(writes);

        Assert.Equal(["b-started-early", "a-started-late"], Responses.InPeriod("survey", "2026").Select(r => r.Id));
    }

    [StoreFact]
    public void AResponseWrittenAgainByALaterTurnReplacesTheFirst()
    {
        var response = Response("r1", "survey", "2026", At);
        var first = new FlowWrites();
        first.Responses.Add(response);
        Commit(first);

        response.Status = FlowResponseStatus.Completed;
        response.Answers["size"] = "до 10 человек";
        var second = new FlowWrites();
        second.Responses.Add(response);
        Commit(second);

        var stored = Assert.Single(Responses.InPeriod("survey", "2026"));
        Assert.Equivalent(response, stored, strict: true);
    }

    [StoreFact]
    public void AResponseChangedAfterItsTurnIsNotChangedInTheStore()
    {
        var response = Response("r1", "survey", "2026", At);
        var writes = new FlowWrites();
        writes.Responses.Add(response);
        Commit(writes);

        response.Answers["sector"] = "подменён";

        Assert.Equal("торговля", Assert.Single(Responses.InPeriod("survey", "2026")).Answers["sector"]);
    }

    private void Commit(FlowWrites writes) => Stores.Conversations.Commit(Turn(Conversation("1")) with { Flows = writes });

    private static FlowResponse Response(string id, string flowId, string period, DateTimeOffset startedAt) => new()
    {
        Id = id,
        FlowId = flowId,
        Version = "v1",
        Period = period,
        Channel = "telegram",
        Language = "ru",
        Status = FlowResponseStatus.InProgress,
        LastStepId = "sector",
        Answers = { ["sector"] = "торговля", ["contact.consent"] = "yes" },
        StartedAt = startedAt,
        UpdatedAt = startedAt,
    };
}

public sealed class FlowResponsesContractOnLiteDb : FlowResponsesContract
{
    protected override StoreSet OpenStores() => StoreSet.OnLiteDb();
}

public sealed class FlowResponsesContractInMemory : FlowResponsesContract
{
    protected override StoreSet OpenStores() => StoreSet.InMemory();
}

public sealed class FlowResponsesContractOnPostgreSql : FlowResponsesContract
{
    protected override StoreSet OpenStores() => StoreSet.OnPostgreSql();
}
