using System.Security.Cryptography;
using System.Text;
using ChatBot.Host.Composition;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatBot.Host.Surveys;

/// <summary>
/// GET /api/admin/surveys/{id}/results?period=2026, for the reports. Guarded by one configured key
/// in the X-Admin-Key header (<c>Admin:ApiKey</c>) until real accounts arrive; no key configured
/// means the endpoint answers 401 to everyone.
/// </summary>
public static class SurveyAdminApi
{
    public const string KeyHeader = "X-Admin-Key";

    public static IEndpointRouteBuilder MapSurveyAdmin(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/admin/surveys/{id}/results", Results);
        return app;
    }

    private static Results<Ok<Core.Flows.Results.SurveyResults>, UnauthorizedHttpResult, BadRequest<string>, NotFound<string>> Results(
        string id, string? period, int? target, HttpRequest request, BotRuntime runtime, IConfiguration configuration)
    {
        if (!Authorized(request, configuration["Admin:ApiKey"]))
        {
            return TypedResults.Unauthorized();
        }

        if (!SurveyResultsQuery.IsPeriod(period))
        {
            return TypedResults.BadRequest("period must be a year (2026) or a month (2026-03)");
        }

        if (target is <= 0)
        {
            return TypedResults.BadRequest("target must be a positive number");
        }

        return SurveyResultsQuery.Run(runtime.Flows, id, period!, target) is { } results
            ? TypedResults.Ok(results)
            : TypedResults.NotFound($"no survey '{id}'");
    }

    private static bool Authorized(HttpRequest request, string? configuredKey)
    {
        if (string.IsNullOrEmpty(configuredKey) || request.Headers[KeyHeader].ToString() is not { Length: > 0 } given)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(configuredKey));
    }
}
