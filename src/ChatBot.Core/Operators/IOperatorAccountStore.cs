namespace ChatBot.Core.Operators;

/// <summary>Operator and admin accounts by login (lower case). The rules (passwords, lock-out) are the caller's.</summary>
public interface IOperatorAccountStore
{
    OperatorAccount? Find(string login);

    /// <summary>Every account, by login.</summary>
    IReadOnlyList<OperatorAccount> All();

    /// <summary>Adds <paramref name="account"/> unless its login exists; false when it does.</summary>
    bool TryAdd(OperatorAccount account);

    void Update(OperatorAccount account);
}
