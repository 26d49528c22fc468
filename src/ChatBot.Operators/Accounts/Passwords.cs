using ChatBot.Core.Operators;
using Microsoft.AspNetCore.Identity;

namespace ChatBot.Operators.Accounts;

/// <summary>Identity's <see cref="PasswordHasher{TUser}"/> (thread-safe), and a stand-in for logins that do not exist.</summary>
internal static class Passwords
{
    private static readonly PasswordHasher<OperatorAccount> Hasher = new();

    // The hash of a random password nobody knows, made like every real one: checking a password against it costs
    // the same work, so an unknown login is answered no faster than a known one.
    private static readonly string StandIn = Hasher.HashPassword(new OperatorAccount(), SecurityStamps.New());

    public static string Hash(OperatorAccount account, string password) => Hasher.HashPassword(account, password);

    /// <summary>Checks <paramref name="password"/> against the account's hash, or the stand-in's when there is no account.</summary>
    public static PasswordVerificationResult Verify(OperatorAccount? account, string password) =>
        Hasher.VerifyHashedPassword(account ?? new OperatorAccount(), account?.PasswordHash ?? StandIn, password);
}
