using System.Diagnostics;
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
    /// <summary>One answer for an unknown login, a wrong password, a disabled account and a lock: none tells which.</summary>
    public const string Refusal = "wrong login or password, or this login may not sign in from here now (after five failed attempts: for 15 minutes)";

    public static async Task<IResult> Login(HttpContext context, OperatorSignIn signIn, IAuditLog audit, TimeProvider time)
    {
        var (body, error) = await JsonBody.ReadAsync<LoginRequest>(context.Request, optional: false);
        if (body is null || string.IsNullOrWhiteSpace(body.Login) || string.IsNullOrEmpty(body.Password))
        {
            return HttpProblem.BadRequest(error ?? "send {\"login\", \"password\"}");
        }

        var address = context.Connection.RemoteIpAddress?.ToString();
        var attempt = signIn.SignIn(body.Login, body.Password, address);
        var now = time.GetUtcNow();
        var login = OperatorAccounts.Normalize(body.Login);
        switch (attempt)
        {
            case SignInResult.Success success:
                var principal = OperatorServices.Principal(success.Account);
                await context.SignInAsync(OperatorServices.Scheme, principal);

                // The antiforgery token is bound to the user: issue it for the one who just signed in.
                context.User = principal;
                Xsrf.Issue(context);
                audit.Write(success.Account.Id, AuditActions.Login, now, detail: From(address));
                return TypedResults.Ok(new { login = success.Account.Id, role = success.Account.Role, language = success.Account.Language });
            case SignInResult.Throttled throttled:
                audit.Write(login, AuditActions.LoginFailed, now, detail: "too many failed logins " + From(address));
                var seconds = HttpProblem.RetryAfter(context, throttled.RetryAfter);
                return HttpProblem.Of(StatusCodes.Status429TooManyRequests, $"too many failed logins from this address: try again in {seconds} s");
            case SignInResult.Refused refused:
                audit.Write(login, AuditActions.LoginFailed, now, detail: refused.Why.Detail() + " " + From(address));
                return HttpProblem.Unauthorized(Refusal);
            default:
                throw new UnreachableException("a sign-in succeeds, is refused or is throttled");
        }
    }

    public static async Task<IResult> Logout(HttpContext context, OperatorAccounts accounts, IAuditLog audit, TimeProvider time)
    {
        var who = ConversationApi.Who(context);

        // The account's stamp changes: this session, and any other the operator left open, ends for good.
        accounts.EndSessions(who);
        audit.Write(who, AuditActions.Logout, time.GetUtcNow());
        await context.SignOutAsync(OperatorServices.Scheme);
        context.Response.Cookies.Delete(Xsrf.CookieName);
        return TypedResults.NoContent();
    }

    /// <summary>The signed-in account; also renews the XSRF cookie (a reloaded console needs one).</summary>
    public static IResult Me(HttpContext context, OperatorAccounts accounts)
    {
        Xsrf.Issue(context);
        var role = context.User.IsInRole(OperatorRoles.Admin) ? OperatorRoles.Admin
            : context.User.IsInRole(OperatorRoles.Editor) ? OperatorRoles.Editor
            : OperatorRoles.Operator;
        var login = context.User.Identity!.Name!;
        return TypedResults.Ok(new { login, role, language = accounts.Find(login)?.Language ?? "ru" });
    }

    private static string From(string? address) => "from " + (address ?? "an unknown address");
}
