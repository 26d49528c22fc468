using ChatBot.Core.Operators;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>LiteOperatorAccounts</c>, keyed by login.</summary>
public sealed class InMemoryOperatorAccounts(InMemoryDatabase database) : IOperatorAccountStore
{
    public OperatorAccount? Find(string login) => database.Read(t => t.OperatorAccounts.Find(login));

    // Sorted as LiteOperatorAccounts sorts, after reading: by the culture's default comparison, not the collation.
    public IReadOnlyList<OperatorAccount> All() => database.Read(t => t.OperatorAccounts.All().OrderBy(a => a.Id).ToList());

    /// <summary>Checked and inserted in one transaction, so that of two adds of one login exactly one succeeds.</summary>
    public bool TryAdd(OperatorAccount account) => database.InTransaction(t =>
    {
        if (t.OperatorAccounts.Contains(account.Id))
        {
            return false;
        }

        t.OperatorAccounts.Insert(account);
        return true;
    });

    public void Update(OperatorAccount account) => database.InTransaction(t => t.OperatorAccounts.Update(account));
}
