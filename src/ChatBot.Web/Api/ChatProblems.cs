using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatBot.Web.Api;

/// <summary>Every refusal of the chat API as RFC 9457 problem details, with the reason in <c>detail</c>.</summary>
internal static class ChatProblems
{
    public static ProblemHttpResult BadRequest(string reason) =>
        TypedResults.Problem(reason, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static ProblemHttpResult Unauthorized(string reason) =>
        TypedResults.Problem(reason, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");

    public static ProblemHttpResult NotFound() =>
        TypedResults.Problem("no such conversation", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult TooManyRequests(HttpContext context, string what, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            $"too many messages from this {what}; try again in {seconds} s",
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests");
    }
}
