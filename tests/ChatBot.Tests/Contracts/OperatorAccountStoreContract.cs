using ChatBot.Core.Operators;
using static ChatBot.Tests.Contracts.Samples;

namespace ChatBot.Tests.Contracts;

/// <summary>What <see cref="IOperatorAccountStore"/> promises: accounts by login, and of two adds of one login exactly one wins.</summary>
public abstract class OperatorAccountStoreContract : StoreContract
{
    private IOperatorAccountStore Accounts => Stores.Accounts;

    [StoreFact]
    public void AnAddedAccountIsFoundByItsLoginWithEverythingItHolds()
    {
        var account = Account("anna", "hash-1");
        account.Role = OperatorRoles.Admin;
        account.Disabled = true;
        account.SecurityStamp = "0F1E2D3C4B5A69788796A5B4C3D2E1F0";

        Assert.True(Accounts.TryAdd(account));

        Assert.Equivalent(account, Accounts.Find("anna"), strict: true);
        Assert.Null(Accounts.Find("boris"));
    }

    [StoreFact]
    public void AnAccountStoredWithoutAStampComesBackWithAnEmptyOneNotNull()
    {
        Accounts.TryAdd(Account("anna", "hash-1"));

        Assert.Equal("", Accounts.Find("anna")!.SecurityStamp);
    }

    [StoreFact]
    public void ASecondAddOfALoginIsRefusedAndTheFirstAccountIsKept()
    {
        Accounts.TryAdd(Account("anna", "hash-1"));

        Assert.False(Accounts.TryAdd(Account("anna", "hash-2")));
        Assert.Equal("hash-1", Accounts.Find("anna")!.PasswordHash);
    }

    [StoreFact]
    public void OfManyAddsOfOneLoginAtOnceExactlyOneWins()
    {
        var wins = Threads.RunAtOnce(10, i => Accounts.TryAdd(Account("anna", $"hash-{i}")) ? $"hash-{i}" : null).OfType<string>().ToList();

        Assert.Equal(Assert.Single(wins), Accounts.Find("anna")!.PasswordHash);
        Assert.Single(Accounts.All());
    }

    [StoreFact]
    public void AllAccountsComeByLogin()
    {
        foreach (var login in new[] { "vera", "anna", "boris" })
        {
            Accounts.TryAdd(Account(login, "hash"));
        }

        Assert.Equal(["anna", "boris", "vera"], Accounts.All().Select(a => a.Id));
    }

    [StoreFact]
    public void AnUpdateIsStoredAndAnUpdateOfAnUnknownLoginAddsNothing()
    {
        Accounts.TryAdd(Account("anna", "hash-1"));
        var disabled = Account("anna", "hash-1");
        disabled.Disabled = true;

        Accounts.Update(disabled);
        Accounts.Update(Account("boris", "hash-2"));

        Assert.True(Accounts.Find("anna")!.Disabled);
        Assert.Null(Accounts.Find("boris"));
    }

    [StoreFact]
    public void AnAccountChangedAfterItWasAddedIsNotChangedInTheStore()
    {
        var account = Account("anna", "hash-1");
        Accounts.TryAdd(account);

        account.Disabled = true;

        Assert.False(Accounts.Find("anna")!.Disabled);
    }

    private static OperatorAccount Account(string login, string passwordHash) => new() { Id = login, PasswordHash = passwordHash, CreatedAt = At };
}

public sealed class OperatorAccountStoreContractOnLiteDb : OperatorAccountStoreContract
{
    protected override StoreSet OpenStores() => StoreSet.OnLiteDb();
}

public sealed class OperatorAccountStoreContractInMemory : OperatorAccountStoreContract
{
    protected override StoreSet OpenStores() => StoreSet.InMemory();
}

public sealed class OperatorAccountStoreContractOnPostgreSql : OperatorAccountStoreContract
{
    protected override StoreSet OpenStores() => StoreSet.OnPostgreSql();
}
