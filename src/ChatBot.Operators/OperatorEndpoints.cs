using ChatBot.Http;
using ChatBot.Operators.Api;
using ChatBot.Operators.Inbox;
using ChatBot.Operators.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatBot.Operators;

public static class OperatorEndpoints
{
    /// <summary>
    /// The console at <c>/operator</c> and its API under <c>/api/operator</c>, described at
    /// <c>/api/operator/openapi/operator.json</c>. Paths are stable. Returns the admin
    /// group, which the other features' admin endpoints join.
    /// </summary>
    public static AdminRoutes MapOperators(this IEndpointRouteBuilder app)
    {
        app.MapGet("/operator", (HttpContext c, ConsoleAssets a) => a.Page(c)).ExcludeFromDescription();
        app.MapGet("/operator/console.js", (HttpContext c, ConsoleAssets a) => a.ScriptFile(c)).ExcludeFromDescription();
        app.MapGet("/operator/console-common.js", (HttpContext c, ConsoleAssets a) => a.CommonScriptFile(c)).ExcludeFromDescription();
        app.MapGet("/operator/console.css", (HttpContext c, ConsoleAssets a) => a.StyleFile(c)).ExcludeFromDescription();
        app.MapGet("/operator/knowledge", (HttpContext c, ConsoleAssets a) => a.KnowledgePage(c)).ExcludeFromDescription();
        app.MapGet("/operator/knowledge.js", (HttpContext c, ConsoleAssets a) => a.KnowledgeScriptFile(c)).ExcludeFromDescription();
        app.MapGet("/operator/knowledge.css", (HttpContext c, ConsoleAssets a) => a.KnowledgeStyleFile(c)).ExcludeFromDescription();

        var api = app.MapGroup("/api/operator");
        app.MapOpenApi(OperatorApiDocument.Route);
        var open = api.MapGroup("").WithTags("Session");
        open.MapPost("/login", SessionApi.Login)
            .WithSummary("Signs in: sets the session cookie and the XSRF-TOKEN cookie whose value changes send in X-XSRF-TOKEN.")
            .DescribeJsonBody<LoginRequest>(required: true);
        open.MapGet("/labels", ConsoleLanguageApi.Labels).WithSummary("The console's labels in ?language=ru or kk.");

        var session = api.MapGroup("").WithTags("Session")
            .RequireAuthorization(p => p.AddAuthenticationSchemes(OperatorServices.Scheme).RequireAuthenticatedUser());
        session.MapGet("/me", SessionApi.Me).WithSummary("The signed-in account: login, role, console language.");
        session.MapPut("/me/language", ConsoleLanguageApi.Choose).RequireXsrf()
            .WithSummary("Keeps the console's language (ru or kk) with the account.")
            .DescribeJsonBody<LanguageRequest>(required: true);
        session.MapPost("/logout", SessionApi.Logout).RequireXsrf().WithSummary("Signs out; every session of the account ends.");

        var desk = api.MapGroup("").RequireAuthorization(OperatorServices.OperatorPolicy);
        var handoff = desk.MapGroup("").WithTags("Handoff desk");
        handoff.MapGet("/queue", ConversationApi.Queue).WithSummary("The conversations waiting for an operator or taken by one.");
        handoff.MapGet("/events", EventsApi.Stream).WithSummary("text/event-stream of the desk's changes: new handoffs, messages, claims.");
        handoff.MapGet("/canned", ConversationApi.Canned).WithSummary("The canned answers.");
        handoff.MapGet("/conversations/{id}", ConversationApi.Open)
            .WithSummary("A conversation of the handoff with its transcript; any other one only with ?reason= (audited).");
        var act = handoff.MapGroup("/conversations/{id}").RequireXsrf();
        act.MapPost("/claim", ConversationApi.Claim).WithSummary("Takes the conversation: the bot stays silent in it.");
        act.MapPost("/messages", ConversationApi.Say).WithSummary("Writes to the user.").DescribeJsonBody<TextRequest>(required: true);
        act.MapPost("/notes", ConversationApi.Note).WithSummary("Adds a note only operators see.").DescribeJsonBody<TextRequest>(required: true);
        act.MapPost("/transfer", ConversationApi.Transfer).WithSummary("Hands the conversation to another operator.")
            .DescribeJsonBody<TransferRequest>(required: true);
        act.MapPost("/release", ConversationApi.Release).WithSummary("Gives the conversation back to the bot.");
        act.MapPost("/close", ConversationApi.Close).WithSummary("Closes the handoff.");

        api.MapKnowledge();
        app.MapInbox();
        var applications = desk.MapGroup("/applications").WithTags("Applications");
        applications.MapGet("", ApplicationApi.List)
            .WithSummary("Applications, overdue first; filters kind, status, consultant, overdue, olderThanDays.");
        applications.MapGet("/{id}", ApplicationApi.Open).WithSummary("One application with its answers and history (audited).");
        applications.MapGet("/{id}/attachments/{index:int}", ApplicationApi.Attachment).WithSummary("An attached file (audited).");
        var application = applications.MapGroup("/{id}").RequireXsrf();
        application.MapPost("/assign", ApplicationApi.Assign).WithSummary("Assigns a consultant.").DescribeJsonBody<AssignRequest>(required: true);
        application.MapPost("/status", ApplicationApi.SetStatus).WithSummary("Moves the application to a status.")
            .DescribeJsonBody<StatusRequest>(required: true);
        application.MapPost("/reply", ApplicationApi.Reply).WithSummary("Writes to the applicant; asking=true waits for their answer.")
            .DescribeJsonBody<ApplicationReplyRequest>(required: true);
        application.MapPost("/notes", ApplicationApi.AddNote).WithSummary("Adds an internal note.").DescribeJsonBody<TextRequest>(required: true);

        return AdminRoutes.On(app).MapAccountAdmin();
    }
}
