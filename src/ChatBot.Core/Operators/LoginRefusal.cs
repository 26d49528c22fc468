namespace ChatBot.Core.Operators;

/// <summary>
/// Why a login was refused: for the audit log only. The caller is told none of it, so that the answer says nothing
/// about whether a login exists, is disabled or locked.
/// </summary>
public enum LoginRefusal
{
    UnknownLogin,
    WrongPassword,
    Disabled,
    LockedOut,
}

public static class LoginRefusals
{
    /// <summary>The audit entry's detail.</summary>
    public static string Detail(this LoginRefusal refusal) => refusal switch
    {
        LoginRefusal.UnknownLogin => "unknown login",
        LoginRefusal.WrongPassword => "wrong password",
        LoginRefusal.Disabled => "disabled",
        _ => "locked out",
    };
}
