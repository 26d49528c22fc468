using ChatBot.Core.Handoff;
using ChatBot.Core.Operators;
using ChatBot.Http;
using ChatBot.Operators.Accounts;
using ChatBot.Operators.Desk;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Operators.Api;

/// <summary>What only admins do: accounts, canned answers, the audit log.</summary>
internal static class AdminApi
{
    public static AdminRoutes MapAccountAdmin(this AdminRoutes admin)
    {
        admin.MapGet("/accounts", Accounts).WithSummary("The console's accounts: login, role, disabled.");
        admin.MapGet("/audit", Audit).WithSummary("The audit log, newest first, ?max= entries (200).");
        admin.MapGet("/canned", ConversationApi.Canned).WithSummary("The canned answers.");
        admin.MapPost("/accounts", AddAccount).WithSummary("Adds an account: operator, editor or admin.").DescribeJsonBody<AccountRequest>(required: true);
        admin.MapPost("/accounts/{login}/disable", (string login, HttpContext c, OperatorAccounts a, IAuditLog l, TimeProvider t) =>
            SetDisabled(login, true, c, a, l, t)).WithSummary("Disables the account; its sessions end.");
        admin.MapPost("/accounts/{login}/enable", (string login, HttpContext c, OperatorAccounts a, IAuditLog l, TimeProvider t) =>
            SetDisabled(login, false, c, a, l, t)).WithSummary("Enables the account again.");
        admin.MapPost("/accounts/{login}/password", ResetPassword).WithSummary("Sets a new password; the account's sessions end.")
            .DescribeJsonBody<PasswordRequest>(required: true);
        admin.MapPost("/canned", AddCanned).WithSummary("Adds a canned answer.").DescribeJsonBody<CannedRequest>(required: true);
        admin.MapDelete("/canned/{id:long}", RemoveCanned).WithSummary("Removes a canned answer.");
        return admin;
    }

    public static IResult Accounts(OperatorAccounts accounts) => TypedResults.Ok(accounts.All().Select(View));

    public static async Task<IResult> AddAccount(HttpContext context, OperatorAccounts accounts, IAuditLog audit, TimeProvider time)
    {
        var (body, error) = await JsonBody.ReadAsync<AccountRequest>(context.Request, optional: false);
        if (body is null)
        {
            return HttpProblem.BadRequest(error!);
        }

        try
        {
            var account = accounts.Add(body.Login ?? "", body.Role ?? OperatorRoles.Operator, body.Password ?? "", time.GetUtcNow());
            audit.Write(ConversationApi.Who(context), AuditActions.AccountAdded, time.GetUtcNow(), detail: account.Id + " as " + account.Role);
            return TypedResults.Created($"/api/operator/admin/accounts/{account.Id}", View(account));
        }
        catch (ArgumentException e)
        {
            return HttpProblem.BadRequest(e.Message);
        }
    }

    /// <summary>Either way the account's sessions end.</summary>
    public static IResult SetDisabled(string login, bool disabled, HttpContext context, OperatorAccounts accounts, IAuditLog audit, TimeProvider time)
    {
        if (!accounts.SetDisabled(login, disabled))
        {
            return HttpProblem.NotFound("no such account");
        }

        audit.Write(ConversationApi.Who(context), disabled ? AuditActions.AccountDisabled : AuditActions.AccountEnabled, time.GetUtcNow(), detail: login);
        return TypedResults.NoContent();
    }

    /// <summary>A new password: the account's sessions end, and its locks from every address are lifted.</summary>
    public static async Task<IResult> ResetPassword(
        string login, HttpContext context, OperatorAccounts accounts, LoginGuard guard, IAuditLog audit, TimeProvider time)
    {
        var (body, error) = await JsonBody.ReadAsync<PasswordRequest>(context.Request, optional: false);
        if (body is null)
        {
            return HttpProblem.BadRequest(error!);
        }

        try
        {
            if (!accounts.ResetPassword(login, body.Password ?? ""))
            {
                return HttpProblem.NotFound("no such account");
            }
        }
        catch (ArgumentException e)
        {
            return HttpProblem.BadRequest(e.Message);
        }

        guard.Lift(OperatorAccounts.Normalize(login));
        audit.Write(ConversationApi.Who(context), AuditActions.PasswordReset, time.GetUtcNow(), detail: login);
        return TypedResults.NoContent();
    }

    public static async Task<IResult> AddCanned(HttpContext context, ICannedAnswers canned, IAuditLog audit, TimeProvider time)
    {
        var (body, error) = await JsonBody.ReadAsync<CannedRequest>(context.Request, optional: false);
        if (body is null || body.Language is not ("ru" or "kk") || string.IsNullOrWhiteSpace(body.Title) || string.IsNullOrWhiteSpace(body.Text))
        {
            return HttpProblem.BadRequest(error ?? "send {\"language\": \"ru\" or \"kk\", \"title\", \"text\"}");
        }

        var item = new CannedAnswer { Language = body.Language, Title = body.Title.Trim(), Text = body.Text.Trim() };
        canned.Add(item);
        audit.Write(ConversationApi.Who(context), AuditActions.CannedAdded, time.GetUtcNow(), detail: item.Title);
        return TypedResults.Created($"/api/operator/admin/canned/{item.Id}", item);
    }

    public static IResult RemoveCanned(long id, HttpContext context, ICannedAnswers canned, IAuditLog audit, TimeProvider time)
    {
        if (!canned.Remove(id))
        {
            return HttpProblem.NotFound("no such canned answer");
        }

        audit.Write(ConversationApi.Who(context), AuditActions.CannedRemoved, time.GetUtcNow(), detail: id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return TypedResults.NoContent();
    }

    public static IResult Audit(IAuditLog audit, int? max) => TypedResults.Ok(audit.Recent(Math.Clamp(max ?? 200, 1, 1000)));

    private static object View(OperatorAccount a) => new { login = a.Id, role = a.Role, disabled = a.Disabled, createdAt = a.CreatedAt };
}
