using ChatBot.Core.Handoff;
using ChatBot.Core.Operators;
using ChatBot.Http;
using ChatBot.Operators.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Operators.Api;

/// <summary>Login, logout and "who am I" of the console.</summary>
internal static class SessionApi
{
    public static async Task<IResult> Login(HttpContext context, OperatorAccounts accounts, IAuditLog audit, TimeProvider time)
    {
        var (body, error) = await JsonBody.ReadAsync<LoginRequest>(context.Request, optional: false);
        if (body is null || string.IsNullOrWhiteSpace(body.Login) || string.IsNullOrEmpty(body.Password))
        {
            return HttpProblem.BadRequest(error ?? "send {\"login\", \"password\"}");
        }

        var now = time.GetUtcNow();
        switch (accounts.SignIn(body.Login, body.Password, now))
        {
            case SignInResult.Success success:
                var principal = OperatorServices.Principal(success.Account);
                await context.SignInAsync(OperatorServices.Scheme, principal);

                // The antiforgery token is bound to the user: issue it for the one who just signed in.
                context.User = principal;
                Xsrf.Issue(context);
                audit.Write(success.Account.Id, AuditActions.Login, now);
                return TypedResults.Ok(new { login = success.Account.Id, role = success.Account.Role });
            case SignInResult.LockedOut locked:
                audit.Write(body.Login.Trim().ToLowerInvariant(), AuditActions.LoginFailed, now, detail: "locked out");
                var seconds = HttpProblem.RetryAfter(context, locked.Until - now);
                return HttpProblem.Of(StatusCodes.Status429TooManyRequests, $"too many failed logins: the account is locked for {seconds} s");
            case SignInResult.Disabled:
                audit.Write(body.Login.Trim().ToLowerInvariant(), AuditActions.LoginFailed, now, detail: "disabled");
                return HttpProblem.Forbidden("this account is disabled");
            default:
                audit.Write(body.Login.Trim().ToLowerInvariant(), AuditActions.LoginFailed, now);
                return HttpProblem.Unauthorized("wrong login or password");
        }
    }

    public static async Task<IResult> Logout(HttpContext context, IAuditLog audit, TimeProvider time)
    {
        audit.Write(context.User.Identity!.Name!, AuditActions.Logout, time.GetUtcNow());
        await context.SignOutAsync(OperatorServices.Scheme);
        context.Response.Cookies.Delete(Xsrf.CookieName);
        return TypedResults.NoContent();
    }

    /// <summary>The signed-in account; also renews the XSRF cookie (a reloaded console needs one).</summary>
    public static IResult Me(HttpContext context)
    {
        Xsrf.Issue(context);
        var role = context.User.IsInRole(OperatorRoles.Admin) ? OperatorRoles.Admin : OperatorRoles.Operator;
        return TypedResults.Ok(new { login = context.User.Identity!.Name, role });
    }
}
