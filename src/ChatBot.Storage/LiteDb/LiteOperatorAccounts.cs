using ChatBot.Core.Operators;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>Operator and admin accounts (collection <c>operator_accounts</c>), keyed by login.</summary>
public sealed class LiteOperatorAccounts(ChatBotDatabase database) : IOperatorAccountStore
{
    private ILiteCollection<OperatorAccount> Accounts => database.Database.GetCollection<OperatorAccount>(Collections.OperatorAccounts);

    public OperatorAccount? Find(string login) => Accounts.FindById(login);

    public IReadOnlyList<OperatorAccount> All() => Accounts.FindAll().OrderBy(a => a.Id).ToList();

    public bool TryAdd(OperatorAccount account)
    {
        var added = false;

        // Checked and inserted in one transaction, so that of two admins adding one login exactly one succeeds.
        database.InTransaction(db =>
        {
            var accounts = db.GetCollection<OperatorAccount>(Collections.OperatorAccounts);
            if (accounts.FindById(account.Id) is null)
            {
                accounts.Insert(account);
                added = true;
            }
        });
        return added;
    }

    public void Update(OperatorAccount account) => Accounts.Update(account);
}
