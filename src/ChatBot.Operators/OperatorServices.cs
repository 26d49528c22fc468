using System.Security.Claims;
using ChatBot.Core.Inbox;
using ChatBot.Core.Operators;
using ChatBot.Http;
using ChatBot.Operators.Accounts;
using ChatBot.Operators.Api;
using ChatBot.Operators.Desk;
using ChatBot.Operators.Inbox;
using ChatBot.Operators.OpenApi;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Operators;

public static class OperatorServices
{
    public const string Scheme = "Operator";
    public const string OperatorPolicy = "operator";
    public const string AdminPolicy = "admin";

    /// <summary>The knowledge and the review inbox: editors and admins.</summary>
    public const string EditorPolicy = "editor";

    /// <summary>The session's cookie, set by <c>POST /api/operator/login</c>.</summary>
    public const string SessionCookie = "chatbot.operator";

    /// <summary>The claim that carries the account's security stamp from the sign-in.</summary>
    public const string StampClaim = "chatbot:stamp";

    /// <summary>
    /// The operator console and its API. Expects the bot's parts as services: ConversationEngine, the stores
    /// (IConversationStore, IHandoffLog, IOperatorNotes, IAuditLog, ICannedAnswers, IOperatorAccountStore, IReviewInbox),
    /// KnowledgeBase, the live knowledge's editing (KnowledgeEditor as IKnowledgeEdits, LiveRetraining,
    /// ILiveKnowledgeStore), ConversationEvents, OperatorPresence, LoginGuard, TimeProvider.
    /// </summary>
    public static IServiceCollection AddOperators(this IServiceCollection services)
    {
        services.AddSingleton<OperatorAccounts>();
        services.AddSingleton<OperatorSignIn>();
        services.AddSingleton<ConversationDesk>();
        services.AddSingleton<ConsoleAssets>();
        services.AddSingleton<InboxAssets>();
        services.AddOperatorApiDocument();

        services.AddSingleton<InboxDesk>();

        services.AddAuthentication(Scheme).AddCookie(Scheme, o =>
        {
            o.Cookie.Name = SessionCookie;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;

            // An API answers 401 and 403 rather than redirecting to a login page.
            o.Events.OnRedirectToLogin = c => Refuse(c.HttpContext, StatusCodes.Status401Unauthorized, "sign in first: POST /api/operator/login");
            o.Events.OnRedirectToAccessDenied = c => Refuse(c.HttpContext, StatusCodes.Status403Forbidden, "your role may not do this");

            // Every request asks the account whether its session may go on: a logout, a new password, disabling or
            // enabling renew the account's stamp, and a session that began before answers 401 from then on.
            o.Events.OnValidatePrincipal = async c =>
            {
                var principal = c.Principal!;
                var account = principal.Identity?.Name is { } login ? c.HttpContext.RequestServices.GetRequiredService<OperatorAccounts>().Find(login) : null;
                if (!OperatorSessions.MayGoOn(account, principal.FindFirstValue(ClaimTypes.Role), principal.FindFirstValue(StampClaim)))
                {
                    c.RejectPrincipal();
                    await c.HttpContext.SignOutAsync(Scheme);
                }
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(OperatorPolicy, p => p.AddAuthenticationSchemes(Scheme).RequireRole(OperatorRoles.Operator))
            .AddPolicy(AdminPolicy, p => p.AddAuthenticationSchemes(Scheme).RequireRole(OperatorRoles.Admin))
            .AddPolicy(EditorPolicy, p => p.AddAuthenticationSchemes(Scheme).RequireRole(OperatorRoles.Editor, OperatorRoles.Admin));
        services.AddAntiforgery(o =>
        {
            o.HeaderName = Xsrf.HeaderName;
            o.Cookie.Name = "chatbot.antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    public static ClaimsPrincipal Principal(OperatorAccount account) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, account.Id), new Claim(ClaimTypes.Role, account.Role), new Claim(StampClaim, account.SecurityStamp)], Scheme));

    private static Task Refuse(HttpContext context, int status, string reason)
    {
        var problem = HttpProblem.Of(status, reason);

        // These two refusals were written by hand before HttpProblem and never carried a "type": kept as clients know them.
        problem.ProblemDetails.Type = null;
        return problem.ExecuteAsync(context);
    }
}
