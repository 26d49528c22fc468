using ChatBot.Core.Operators;
using static ChatBot.Tests.Contracts.Samples;

namespace ChatBot.Tests.Contracts;

/// <summary>What <see cref="IAuditLog"/> promises: every entry gets the next id, and the latest come first.</summary>
public abstract class AuditLogContract : StoreContract
{
    private IAuditLog Log => Stores.Audit;

    [StoreFact]
    public void WrittenEntriesGetIncreasingIds()
    {
        var first = Entry(AuditActions.Login);
        var second = Entry(AuditActions.View);

        Log.Write(first);
        Log.Write(second);

        Assert.True(first.Id > 0);
        Assert.True(second.Id > first.Id);
    }

    [StoreFact]
    public void TheRecentEntriesComeNewestFirstUpToMax()
    {
        foreach (var action in new[] { AuditActions.Login, AuditActions.View, AuditActions.Logout })
        {
            Log.Write(Entry(action));
        }

        Assert.Equal([AuditActions.Logout, AuditActions.View], Log.Recent(2).Select(e => e.Action));
    }

    [StoreFact]
    public void AnEntryCommittedWithATurnTakesItsPlaceAmongTheOthers()
    {
        Log.Write(Entry(AuditActions.Login));
        var claim = Entry(AuditActions.Claim);
        claim.ConversationId = "telegram:1";
        Stores.Conversations.Commit(Turn(Conversation("1")) with { Audit = claim });
        Log.Write(Entry(AuditActions.Logout));

        Assert.Equal([AuditActions.Logout, AuditActions.Claim, AuditActions.Login], Log.Recent(10).Select(e => e.Action));
        Assert.Equivalent(claim, Log.Recent(10)[1], strict: true);
    }

    [StoreFact]
    public void AnEntryChangedAfterItWasWrittenIsNotChangedInTheLog()
    {
        var entry = Entry(AuditActions.Login);
        Log.Write(entry);

        entry.Action = AuditActions.LoginFailed;

        Assert.Equal(AuditActions.Login, Assert.Single(Log.Recent(10)).Action);
    }

    private static AuditEntry Entry(string action) => new() { Operator = "anna", Action = action, Detail = "from 10.0.0.1", At = At };
}

public sealed class AuditLogContractOnLiteDb : AuditLogContract
{
    protected override StoreSet OpenStores() => StoreSet.OnLiteDb();
}

public sealed class AuditLogContractInMemory : AuditLogContract
{
    protected override StoreSet OpenStores() => StoreSet.InMemory();
}

public sealed class AuditLogContractOnPostgreSql : AuditLogContract
{
    protected override StoreSet OpenStores() => StoreSet.OnPostgreSql();
}
