using ChatBot.Http;
using ChatBot.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace ChatBot.Host.Composition;

/// <summary>
/// The refusals no endpoint of ours writes get problem details with a reason too: a path nobody serves (404), a
/// method a path does not take (405), a route or query value the framework cannot bind (<c>?target=abc</c>, 400, with
/// the framework's own words), an empty refusal of a library. Without this they went out as a bare status.
/// </summary>
public static class EmptyRefusals
{
    /// <summary>The framework throws on a value it cannot bind, instead of answering an empty 400, so it is caught here.</summary>
    public static IServiceCollection AddEmptyRefusals(this IServiceCollection services) =>
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

    public static void UseEmptyRefusals(this IApplicationBuilder app)
    {
        app.UseStatusCodePages(async pages =>
        {
            var context = pages.HttpContext;
            if (context.Response.StatusCode is >= 400 and < 500)
            {
                await Problem(context, context.Response.StatusCode, Reason(context)).ExecuteAsync(context);
            }
        });
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await Problem(context, e.StatusCode, e.Message).ExecuteAsync(context);
            }
        });
    }

    private static string Reason(HttpContext context) => context.Response.StatusCode switch
    {
        StatusCodes.Status401Unauthorized => "this needs credentials, and the request has none or wrong ones",
        StatusCodes.Status404NotFound => "there is nothing at this address",
        StatusCodes.Status405MethodNotAllowed => $"this address does not take {context.Request.Method}",
        var status => ReasonPhrases.GetReasonPhrase(status).ToLowerInvariant(),
    };

    /// <summary>Under the chat API's path, titled the way the chat API titles its own problems.</summary>
    private static ProblemHttpResult Problem(HttpContext context, int status, string detail) =>
        HttpProblem.Of(status, detail, context.Request.Path.StartsWithSegments(WebChatEndpoints.ApiRoot) ? ProblemTitle.Sentence : ProblemTitle.ReasonPhrase);
}
