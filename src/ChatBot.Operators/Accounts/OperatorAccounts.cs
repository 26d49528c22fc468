using System.Text.RegularExpressions;
using ChatBot.Core.Operators;
using Microsoft.AspNetCore.Identity;

namespace ChatBot.Operators.Accounts;

/// <summary>
/// Operator and admin accounts: passwords hashed with Identity's <see cref="PasswordHasher{TUser}"/>, locked for a
/// while after repeated failed logins.
/// </summary>
public sealed partial class OperatorAccounts(IOperatorAccountStore accounts)
{
    public const int MinPasswordLength = 8;
    public const int MaxFailedLogins = 5;
    public static readonly TimeSpan LockOutFor = TimeSpan.FromMinutes(15);

    private readonly PasswordHasher<OperatorAccount> _hasher = new();

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
            throw new ArgumentException($"role must be '{OperatorRoles.Operator}' or '{OperatorRoles.Admin}'");
        }

        CheckPassword(password);
        var account = new OperatorAccount { Id = id, Role = role, CreatedAt = now };
        account.PasswordHash = _hasher.HashPassword(account, password);
        return accounts.TryAdd(account) ? account : throw new ArgumentException($"the login '{id}' exists already");
    }

    public bool SetDisabled(string login, bool disabled) => Change(login, a => a.Disabled = disabled);

    /// <summary>A new password; also lifts a lock-out.</summary>
    public bool ResetPassword(string login, string password)
    {
        CheckPassword(password);
        return Change(login, a =>
        {
            a.PasswordHash = _hasher.HashPassword(a, password);
            a.FailedLogins = 0;
            a.LockedUntil = null;
        });
    }

    public SignInResult SignIn(string login, string password, DateTimeOffset now)
    {
        lock (_hasher)
        {
            var account = Find(login);
            if (account is null)
            {
                return new SignInResult.WrongCredentials();
            }

            if (account.LockedUntil is { } until && until > now)
            {
                return new SignInResult.LockedOut(until);
            }

            var verdict = _hasher.VerifyHashedPassword(account, account.PasswordHash, password);
            if (verdict == PasswordVerificationResult.Failed)
            {
                account.FailedLogins++;
                if (account.FailedLogins >= MaxFailedLogins)
                {
                    account.FailedLogins = 0;
                    account.LockedUntil = now + LockOutFor;
                }

                accounts.Update(account);
                return account.LockedUntil is { } locked && locked > now ? new SignInResult.LockedOut(locked) : new SignInResult.WrongCredentials();
            }

            if (account.Disabled)
            {
                return new SignInResult.Disabled();
            }

            account.FailedLogins = 0;
            account.LockedUntil = null;
            if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
            {
                account.PasswordHash = _hasher.HashPassword(account, password);
            }

            accounts.Update(account);
            return new SignInResult.Success(account);
        }
    }

    private static void CheckPassword(string password)
    {
        if (string.IsNullOrWhiteSpace(password) || password.Length < MinPasswordLength)
        {
            throw new ArgumentException($"a password has at least {MinPasswordLength} characters");
        }
    }

    private bool Change(string login, Action<OperatorAccount> change)
    {
        lock (_hasher)
        {
            if (Find(login) is not { } account)
            {
                return false;
            }

            change(account);
            accounts.Update(account);
            return true;
        }
    }

    private static string Normalize(string login) => (login ?? "").Trim().ToLowerInvariant();

    [GeneratedRegex("^[a-z0-9._-]{3,64}$")]
    private static partial Regex LoginPattern();
}
