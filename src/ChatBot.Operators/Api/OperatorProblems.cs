using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatBot.Operators.Api;

/// <summary>Every refusal of the operator API as RFC 9457 problem details, with the reason in <c>detail</c>.</summary>
internal static class OperatorProblems
{
    public static ProblemHttpResult Status(int status, string reason) =>
        TypedResults.Problem(reason, statusCode: status, title: ReasonPhrases(status));

    public static ProblemHttpResult BadRequest(string reason) => Status(StatusCodes.Status400BadRequest, reason);

    public static ProblemHttpResult Unauthorized(string reason) => Status(StatusCodes.Status401Unauthorized, reason);

    public static ProblemHttpResult Forbidden(string reason) => Status(StatusCodes.Status403Forbidden, reason);

    public static ProblemHttpResult NotFound(string reason) => Status(StatusCodes.Status404NotFound, reason);

    public static ProblemHttpResult Conflict(string reason) => Status(StatusCodes.Status409Conflict, reason);

    private static string ReasonPhrases(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
}
