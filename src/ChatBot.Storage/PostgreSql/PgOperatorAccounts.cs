using ChatBot.Core.Operators;

namespace ChatBot.Storage.PostgreSql;

/// <summary>Operator, editor and admin accounts (table <c>operator_accounts</c>), keyed by login.</summary>
public sealed class PgOperatorAccounts(PgDatabase database) : IOperatorAccountStore
{
    private PgCollection<OperatorAccount> Accounts => database.Tables.OperatorAccounts;

    public OperatorAccount? Find(string login) => Accounts.FindById(login);

    public IReadOnlyList<OperatorAccount> All() => Accounts.Find("").OrderBy(a => a.Id).ToList();

    // The primary key decides: of two hosts adding one login at once, exactly one inserts it.
    public bool TryAdd(OperatorAccount account) => Accounts.InsertIfNew(account);

    public void Update(OperatorAccount account) => Accounts.Update(account);
}
