namespace ChatBot.Core.Operators;

/// <summary>Whether a session may go on, asked on every request it makes.</summary>
public static class OperatorSessions
{
    /// <summary>
    /// While its account exists, is enabled, has the role the session began with, and the stamp: a logout, a new
    /// password, disabling or enabling renew the stamp, and every session that began before ends.
    /// </summary>
    public static bool MayGoOn(OperatorAccount? account, string? role, string? stamp) =>
        account is { Disabled: false } && account.Role == role && SecurityStamps.Same(account.SecurityStamp, stamp);
}
