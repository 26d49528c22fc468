using ChatBot.Core.Operators;

namespace ChatBot.Operators.Accounts;

/// <summary>What a login attempt came to.</summary>
public abstract record SignInResult
{
    public sealed record Success(OperatorAccount Account) : SignInResult;

    /// <summary>Unknown login, wrong password, disabled or locked: told apart in the audit log only.</summary>
    public sealed record Refused(LoginRefusal Why) : SignInResult;

    /// <summary>The client's address was refused too often in the last minute; it may try again after <paramref name="RetryAfter"/>.</summary>
    public sealed record Throttled(TimeSpan RetryAfter) : SignInResult;
}
