using ChatBot.Core.Operators;

namespace ChatBot.Operators.Accounts;

/// <summary>What a login attempt came to.</summary>
public abstract record SignInResult
{
    public sealed record Success(OperatorAccount Account) : SignInResult;

    /// <summary>Unknown login or wrong password: the two are not told apart.</summary>
    public sealed record WrongCredentials : SignInResult;

    public sealed record LockedOut(DateTimeOffset Until) : SignInResult;

    public sealed record Disabled : SignInResult;
}
