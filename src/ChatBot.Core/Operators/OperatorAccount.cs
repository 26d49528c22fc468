namespace ChatBot.Core.Operators;

/// <summary>A person who signs in to the console: an operator answers users, an admin manages accounts.</summary>
public sealed class OperatorAccount
{
    /// <summary>The login, lower case.</summary>
    public string Id { get; set; } = "";

    public string Role { get; set; } = OperatorRoles.Operator;

    /// <summary>ASP.NET Core Identity's PasswordHasher format (PBKDF2 with a salt, versioned).</summary>
    public string PasswordHash { get; set; } = "";

    public bool Disabled { get; set; }

    public int FailedLogins { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

public static class OperatorRoles
{
    public const string Operator = "operator";
    public const string Admin = "admin";

    public static bool IsKnown(string? role) => role is Operator or Admin;
}
