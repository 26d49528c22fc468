using ChatBot.Operators.Api;
using ChatBot.Operators.Inbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatBot.Operators;

public static class OperatorEndpoints
{
    /// <summary>
    /// The console at <c>/operator</c> and its API under <c>/api/operator</c>. Paths are stable. Returns the admin
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
        api.MapPost("/login", SessionApi.Login);
        api.MapGet("/labels", ConsoleLanguageApi.Labels);

        var session = api.MapGroup("").RequireAuthorization(p => p.AddAuthenticationSchemes(OperatorServices.Scheme).RequireAuthenticatedUser());
        session.MapGet("/me", SessionApi.Me);
        session.MapPut("/me/language", ConsoleLanguageApi.Choose).AddEndpointFilter(Xsrf.Require);
        session.MapPost("/logout", SessionApi.Logout).AddEndpointFilter(Xsrf.Require);

        var desk = api.MapGroup("").RequireAuthorization(OperatorServices.OperatorPolicy);
        desk.MapGet("/queue", ConversationApi.Queue);
        desk.MapGet("/events", EventsApi.Stream);
        desk.MapGet("/canned", ConversationApi.Canned);
        desk.MapGet("/conversations/{id}", ConversationApi.Open);
        var act = desk.MapGroup("/conversations/{id}").AddEndpointFilter(Xsrf.Require);
        act.MapPost("/claim", ConversationApi.Claim);
        act.MapPost("/messages", ConversationApi.Say);
        act.MapPost("/notes", ConversationApi.Note);
        act.MapPost("/transfer", ConversationApi.Transfer);
        act.MapPost("/release", ConversationApi.Release);
        act.MapPost("/close", ConversationApi.Close);

        api.MapKnowledge();
        app.MapInbox();
        desk.MapGet("/applications", ApplicationApi.List);
        desk.MapGet("/applications/{id}", ApplicationApi.Open);
        desk.MapGet("/applications/{id}/attachments/{index:int}", ApplicationApi.Attachment);
        var application = desk.MapGroup("/applications/{id}").AddEndpointFilter(Xsrf.Require);
        application.MapPost("/assign", ApplicationApi.Assign);
        application.MapPost("/status", ApplicationApi.SetStatus);
        application.MapPost("/reply", ApplicationApi.Reply);
        application.MapPost("/notes", ApplicationApi.AddNote);

        return AdminRoutes.On(app).MapAccountAdmin();
    }
}
