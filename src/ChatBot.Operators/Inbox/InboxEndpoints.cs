using ChatBot.Operators.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatBot.Operators.Inbox;

/// <summary>The review inbox's page at <c>/operator/inbox</c> and its API under <c>/api/operator/inbox</c>, for editors and admins.</summary>
internal static class InboxEndpoints
{
    public static void MapInbox(this IEndpointRouteBuilder app)
    {
        app.MapGet("/operator/inbox", (HttpContext c, InboxAssets a) => a.Page(c)).ExcludeFromDescription();
        app.MapGet("/operator/inbox.js", (HttpContext c, InboxAssets a) => a.ScriptFile(c)).ExcludeFromDescription();

        var inbox = app.MapGroup("/api/operator/inbox").RequireAuthorization(OperatorServices.EditorPolicy);
        inbox.MapGet("", InboxApi.List);
        inbox.MapGet("/export.csv", InboxApi.Export);
        inbox.MapGet("/topics", InboxApi.Topics);
        inbox.MapPost("/act", InboxApi.Act).AddEndpointFilter(Xsrf.Require);
    }
}
