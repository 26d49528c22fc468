using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace ChatBot.Http;

/// <summary>
/// Every refusal of every API as RFC 9457 problem details, with the reason in <c>detail</c> and the status's reason
/// phrase as the title. Compiled into each web-facing project like <see cref="JsonBody"/>, so they all refuse alike.
/// </summary>
internal static class HttpProblem
{
    public static ProblemHttpResult Of(int status, string detail, ProblemTitle title = ProblemTitle.ReasonPhrase)
    {
        var phrase = ReasonPhrases.GetReasonPhrase(status);
        return TypedResults.Problem(detail, statusCode: status, title: title == ProblemTitle.Sentence ? Sentence(phrase) : phrase);
    }

    public static ProblemHttpResult BadRequest(string detail, ProblemTitle title = ProblemTitle.ReasonPhrase) =>
        Of(StatusCodes.Status400BadRequest, detail, title);

    public static ProblemHttpResult Unauthorized(string detail, ProblemTitle title = ProblemTitle.ReasonPhrase) =>
        Of(StatusCodes.Status401Unauthorized, detail, title);

    public static ProblemHttpResult Forbidden(string detail) => Of(StatusCodes.Status403Forbidden, detail);

    public static ProblemHttpResult NotFound(string detail, ProblemTitle title = ProblemTitle.ReasonPhrase) =>
        Of(StatusCodes.Status404NotFound, detail, title);

    public static ProblemHttpResult Conflict(string detail) => Of(StatusCodes.Status409Conflict, detail);

    /// <summary>Sets <c>Retry-After</c> to <paramref name="wait"/> in whole seconds, at least one, and returns them for the detail.</summary>
    public static int RetryAfter(HttpContext context, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return seconds;
    }

    /// <summary>"Too Many Requests" as "Too many requests".</summary>
    private static string Sentence(string phrase) => phrase.Length == 0 ? phrase : phrase[..1] + phrase[1..].ToLowerInvariant();
}

/// <summary>
/// The chat API and the database's 503 have always titled their problems in sentence case ("Bad request"), the
/// operators' API with the reason phrase ("Bad Request"); clients may compare titles, so each keeps its own.
/// </summary>
internal enum ProblemTitle
{
    ReasonPhrase,
    Sentence,
}
