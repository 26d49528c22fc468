using ChatBot.Core.Operators;
using Microsoft.AspNetCore.Identity;

namespace ChatBot.Operators.Accounts;

/// <summary>
/// A login attempt: the address's throttle first, then the password check, which costs the same whether the login
/// exists or not, then <see cref="LoginGuard"/>'s verdict. Nothing is written on a refusal.
/// </summary>
public sealed class OperatorSignIn(OperatorAccounts accounts, LoginGuard guard)
{
    /// <param name="address">The client's address; null (unknown) is one address of its own.</param>
    public SignInResult SignIn(string login, string password, string? address)
    {
        var from = address ?? "unknown";
        if (!guard.TryBegin(from, out var retryAfter))
        {
            return new SignInResult.Throttled(retryAfter);
        }

        var id = OperatorAccounts.Normalize(login);
        var account = accounts.Find(id);
        var verdict = Passwords.Verify(account, password);
        if (guard.Decide(id, from, account, verdict != PasswordVerificationResult.Failed) is { } refusal)
        {
            return new SignInResult.Refused(refusal);
        }

        // Stored only when something changed: a hash in an older format, or an account from before session stamps.
        var signedIn = verdict == PasswordVerificationResult.SuccessRehashNeeded || account!.SecurityStamp.Length == 0
            ? accounts.Change(id, a =>
            {
                a.PasswordHash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? Passwords.Hash(a, password) : a.PasswordHash;
                a.SecurityStamp = a.SecurityStamp.Length == 0 ? SecurityStamps.New() : a.SecurityStamp;
            })
            : account;
        return signedIn is null ? new SignInResult.Refused(LoginRefusal.UnknownLogin) : new SignInResult.Success(signedIn);
    }
}
