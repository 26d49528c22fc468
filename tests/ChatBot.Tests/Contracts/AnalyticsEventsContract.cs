using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;
using static ChatBot.Tests.Contracts.Samples;

namespace ChatBot.Tests.Contracts;

/// <summary>What <see cref="IAnalyticsEvents"/> promises: the turns' events of the asked types in a range, oldest first.</summary>
public abstract class AnalyticsEventsContract : StoreContract
{
    private static readonly DateTimeOffset Start = new(2026, 10, 31, 19, 0, 0, TimeSpan.Zero);

    [StoreFact]
    public void TheEventsOfTheAskedTypesInTheRangeComeOldestFirst()
    {
        var conversation = Conversation("1");
        Stores.Conversations.Commit(Turn(conversation) with
        {
            Events = [Event("fallback", 30), Event("answered", 10), Event("fallback", 0), Event("erasure_requested", 20)],
        });

        var found = Stores.Events.Between(Start, Start.AddHours(1), ["fallback", "erasure_requested"]);

        Assert.Equal(["fallback@0", "erasure_requested@20", "fallback@30"], found.Select(e => $"{e.Type}@{(e.At - Start).TotalMinutes}"));
    }

    [StoreFact]
    public void TheRangeIncludesItsStartAndExcludesItsEnd()
    {
        Stores.Conversations.Commit(Turn(Conversation("1")) with { Events = [Event("fallback", -1), Event("fallback", 0), Event("fallback", 60)] });

        Assert.Equal([Start], Stores.Events.Between(Start, Start.AddHours(1), ["fallback"]).Select(e => e.At));
    }

    [StoreFact]
    public void AnEventKeepsItsConversationChannelLanguageAndIntent()
    {
        var stored = Event("consent_given", 5);
        stored.Intent = "trainee";
        Stores.Conversations.Commit(Turn(Conversation("1")) with { Events = [stored] });

        var found = Assert.Single(Stores.Events.Between(Start, Start.AddHours(1), ["consent_given"]));

        Assert.Equal(("telegram:1", "telegram", "kk", "trainee"), (found.ConversationId, found.Channel, found.Language, found.Intent));
    }

    private static AnalyticsEvent Event(string type, int minutes) => new()
    {
        Type = type,
        ConversationId = "telegram:1",
        Channel = "telegram",
        Language = "kk",
        At = Start.AddMinutes(minutes),
    };
}

public sealed class AnalyticsEventsContractOnLiteDb : AnalyticsEventsContract
{
    protected override StoreSet OpenStores() => StoreSet.OnLiteDb();
}

public sealed class AnalyticsEventsContractInMemory : AnalyticsEventsContract
{
    protected override StoreSet OpenStores() => StoreSet.InMemory();
}

public sealed class AnalyticsEventsContractOnPostgreSql : AnalyticsEventsContract
{
    protected override StoreSet OpenStores() => StoreSet.OnPostgreSql();
}
