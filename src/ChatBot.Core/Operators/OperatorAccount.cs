namespace ChatBot.Core.Operators;

/// <summary>A person who signs in to the console: an operator answers users, an editor keeps the knowledge, an admin manages accounts.</summary>
public sealed class OperatorAccount
{
    /// <summary>The login, lower case.</summary>
    public string Id { get; set; } = "";

    public string Role { get; set; } = OperatorRoles.Operator;

    /// <summary>ASP.NET Core Identity's PasswordHasher format (PBKDF2 with a salt, versioned).</summary>
    public string PasswordHash { get; set; } = "";

    public bool Disabled { get; set; }

    /// <summary>
    /// Every session carries the stamp it began with and ends when it no longer matches (<see cref="OperatorSessions"/>):
    /// a logout and the changes below renew it. Empty in an account stored before stamps (LiteDB may read it back as
    /// null: kept empty then): its first sign-in gives it one.
    /// </summary>
    public string SecurityStamp { get; set => field = value ?? ""; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// The language of the console's labels for this account, "ru" or "kk", chosen in the console and kept with the
    /// account so that it follows the operator to another computer. An account stored before it reads as "ru".
    /// </summary>
    public string Language { get; set => field = value is "kk" ? "kk" : "ru"; } = "ru";

    /// <summary>Ends every session of the account: a logout, and every change below.</summary>
    public void EndSessions() => SecurityStamp = SecurityStamps.New();

    public void SetDisabled(bool disabled)
    {
        Disabled = disabled;
        EndSessions();
    }

    /// <summary>A new password: whoever knew the old one is signed out.</summary>
    public void SetPassword(string hash)
    {
        PasswordHash = hash;
        EndSessions();
    }
}

public static class OperatorRoles
{
    public const string Operator = "operator";
    public const string Admin = "admin";

    /// <summary>Edits the knowledge and works the review inbox; sees no conversation unless also an operator.</summary>
    public const string Editor = "editor";

    public static bool IsKnown(string? role) => role is Operator or Admin or Editor;
}
