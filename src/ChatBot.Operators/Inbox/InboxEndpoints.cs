using ChatBot.Http;
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

        var inbox = app.MapGroup("/api/operator/inbox").WithTags("Review inbox").RequireAuthorization(OperatorServices.EditorPolicy);
        inbox.MapGet("", InboxApi.List)
            .WithSummary("Rows of alike questions with their counts; filters ?status= (pending, done, ignored, all), ?signal=, ?language=.");
        inbox.MapGet("/export.csv", InboxApi.Export).WithSummary("The same rows as CSV (UTF-8 with BOM).");
        inbox.MapGet("/topics", InboxApi.Topics).WithSummary("Topics to file a question under: ?q= over ids, titles and phrasings in both languages.");
        inbox.MapPost("/act", InboxApi.Act).RequireXsrf()
            .WithSummary("One action on the items of one row or many: phrasing, new-topic, out-of-scope, ignore, reopen.")
            .DescribeJsonBody<InboxActRequest>(required: true);
    }
}
