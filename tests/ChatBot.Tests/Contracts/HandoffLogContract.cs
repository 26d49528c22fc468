using ChatBot.Core.Conversations;
using ChatBot.Core.Handoff;
using static ChatBot.Tests.Contracts.Samples;

namespace ChatBot.Tests.Contracts;

/// <summary>What <see cref="IHandoffLog"/> promises: the records the turns wrote, and the conversations in operators' hands.</summary>
public abstract class HandoffLogContract : StoreContract
{
    private IHandoffLog Log => Stores.Handoffs;

    [StoreFact]
    public void AHandoffCommittedWithATurnIsFoundWithEverythingItHolds()
    {
        var record = Waiting("h1", Conversation("1"));
        record.Question = "хочу оператора";
        record.OutsideHours = true;
        record.Reason = HandoffReason.FlowValidation;

        Stores.Conversations.Commit(Turn(Conversation("1")) with { Handoff = record });

        Assert.Equivalent(record, Log.Find("h1"), strict: true);
        Assert.Null(Log.Find("h2"));
    }

    [StoreFact]
    public void ALaterTurnReplacesTheRecord()
    {
        var conversation = Conversation("1");
        var record = Waiting("h1", conversation);
        Stores.Conversations.Commit(Turn(conversation) with { Handoff = record });

        record.Outcome = HandoffOutcome.Claimed;
        record.Operator = "anna";
        record.ClaimedAt = At.AddMinutes(3);
        Stores.Conversations.Commit(Turn(conversation) with { Handoff = record });

        var stored = Log.Find("h1")!;
        Assert.Equal((HandoffOutcome.Claimed, "anna"), (stored.Outcome, stored.Operator));
        Assert.Equal(TimeSpan.FromMinutes(3), stored.WaitTime);
    }

    [StoreFact]
    public void OnlyTheRecordsStillWaitingAreCountedAsWaiting()
    {
        var claimed = Waiting("h2", Conversation("2"));
        claimed.Outcome = HandoffOutcome.Claimed;
        Stores.Conversations.Commit(Turn(Conversation("1")) with { Handoff = Waiting("h1", Conversation("1")) });
        Stores.Conversations.Commit(Turn(Conversation("2")) with { Handoff = claimed });
        Stores.Conversations.Commit(Turn(Conversation("3")) with { Handoff = Waiting("h3", Conversation("3")) });

        Assert.Equal(2, Log.WaitingCount());
    }

    [StoreFact]
    public void TheOpenConversationsAreThoseWaitingForAnOperatorOrHeldByOne()
    {
        var waiting = In(ConversationMode.WaitingForOperator, "1");
        var held = In(ConversationMode.Operator, "2");
        var released = In(ConversationMode.Operator, "3");
        foreach (var conversation in new[] { waiting, held, released, In(ConversationMode.Bot, "4") })
        {
            Stores.Conversations.Commit(Turn(conversation));
        }

        released.Mode = ConversationMode.Bot;
        Stores.Conversations.Commit(Turn(released));

        Assert.Equal([waiting.Id, held.Id], Log.OpenConversations().Select(c => c.Id).Order());
    }

    [StoreFact]
    public void AConversationWasHandedOffWhileAnyRecordOfItsIsStoredOpenOrEnded()
    {
        var ended = Waiting("h1", Conversation("1"));
        ended.Outcome = HandoffOutcome.Released;
        ended.EndedAt = At.AddMinutes(5);
        Stores.Conversations.Commit(Turn(Conversation("1")) with { Handoff = ended });
        Stores.Conversations.Commit(Turn(Conversation("2")));

        Assert.True(Log.WasHandedOff(Conversation("1").Id));
        Assert.True(Log.WasHandedOff(Conversation("1").Id.ToUpperInvariant()));
        Assert.False(Log.WasHandedOff(Conversation("2").Id));
        Assert.False(Log.WasHandedOff("web:nobody"));
    }

    private static HandoffRecord Waiting(string id, Conversation conversation) => new()
    {
        Id = id,
        ConversationId = conversation.Id,
        Channel = conversation.Channel,
        Language = "ru",
        RequestedAt = At,
    };

    private static Conversation In(ConversationMode mode, string chatId)
    {
        var conversation = Conversation(chatId);
        conversation.Mode = mode;
        return conversation;
    }
}

public sealed class HandoffLogContractOnLiteDb : HandoffLogContract
{
    protected override StoreSet OpenStores() => StoreSet.OnLiteDb();
}

public sealed class HandoffLogContractInMemory : HandoffLogContract
{
    protected override StoreSet OpenStores() => StoreSet.InMemory();
}

public sealed class HandoffLogContractOnPostgreSql : HandoffLogContract
{
    protected override StoreSet OpenStores() => StoreSet.OnPostgreSql();
}
