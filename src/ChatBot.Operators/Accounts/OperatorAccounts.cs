using System.Text.RegularExpressions;
using ChatBot.Core.Operators;

namespace ChatBot.Operators.Accounts;

/// <summary>
/// Operator and admin accounts: passwords hashed with Identity's password hasher (<see cref="Passwords"/>); every
/// change that must end the account's sessions renews its security stamp. Signing in is <see cref="OperatorSignIn"/>'s.
/// </summary>
public sealed partial class OperatorAccounts(IOperatorAccountStore accounts)
{
    public const int MinPasswordLength = 8;

    private readonly object _changes = new();

    public OperatorAccount? Find(string login) => accounts.Find(Normalize(login));

    public IReadOnlyList<OperatorAccount> All() => accounts.All();

    /// <exception cref="ArgumentException">A bad login, role or password, or a login that exists; the message says which.</exception>
    public OperatorAccount Add(string login, string role, string password, DateTimeOffset now)
    {
        var id = Normalize(login);
        if (!LoginPattern().IsMatch(id))
        {
            throw new ArgumentException("a login is 3-64 of a-z 0-9 . _ -");
        }

        if (!OperatorRoles.IsKnown(role))
        {
            throw new ArgumentException($"role must be '{OperatorRoles.Operator}', '{OperatorRoles.Editor}' or '{OperatorRoles.Admin}'");
        }

        CheckPassword(password);
        var account = new OperatorAccount { Id = id, Role = role, CreatedAt = now, SecurityStamp = SecurityStamps.New() };
        account.PasswordHash = Passwords.Hash(account, password);
        return accounts.TryAdd(account) ? account : throw new ArgumentException($"the login '{id}' exists already");
    }

    /// <summary>Disables or enables the account; either way its sessions end.</summary>
    public bool SetDisabled(string login, bool disabled) => Change(login, a => a.SetDisabled(disabled)) is not null;

    /// <summary>A new password; the account's sessions end.</summary>
    public bool ResetPassword(string login, string password)
    {
        CheckPassword(password);
        return Change(login, a => a.SetPassword(Passwords.Hash(a, password))) is not null;
    }

    /// <summary>The console's language for this account; its sessions go on (nothing about access changed).</summary>
    public bool SetLanguage(string login, ChatBot.Core.Messages.Language language) =>
        Change(login, a => a.Language = ChatBot.Core.Messages.LanguageCodes.Code(language)) is not null;

    /// <summary>Ends every session of the account (a logout).</summary>
    public bool EndSessions(string login) => Change(login, a => a.EndSessions()) is not null;

    /// <summary>Reads, changes and stores the account, one change at a time, so that none is lost to another.</summary>
    /// <returns>The account as stored; null when there is none.</returns>
    internal OperatorAccount? Change(string login, Action<OperatorAccount> change)
    {
        lock (_changes)
        {
            if (Find(login) is not { } account)
            {
                return null;
            }

            change(account);
            accounts.Update(account);
            return account;
        }
    }

    internal static string Normalize(string login) => (login ?? "").Trim().ToLowerInvariant();

    private static void CheckPassword(string password)
    {
        if (string.IsNullOrWhiteSpace(password) || password.Length < MinPasswordLength)
        {
            throw new ArgumentException($"a password has at least {MinPasswordLength} characters");
        }
    }

    [GeneratedRegex("^[a-z0-9._-]{3,64}$")]
    private static partial Regex LoginPattern();
}
