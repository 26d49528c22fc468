using ChatBot.Host.Composition;
using ChatBot.Http;
using ChatBot.Operators.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatBot.Host.Surveys;

/// <summary>
/// GET /api/operator/admin/surveys/{id}/results?period=2026, for the reports: the admin's console session, like
/// the other admin endpoints (a read, so no XSRF token is needed). Refusals are problem details like every API's.
/// </summary>
public static class SurveyAdminApi
{
    public static AdminRoutes MapSurveyAdmin(this AdminRoutes admin)
    {
        admin.MapGet("/surveys/{id}/results", Results).WithSummary("A survey's answers counted over ?period= (2026 or 2026-03) against ?target=.");
        return admin;
    }

    private static Results<Ok<Core.Flows.Results.SurveyResults>, ProblemHttpResult> Results(
        string id, string? period, int? target, BotRuntime runtime)
    {
        if (!SurveyResultsQuery.IsPeriod(period))
        {
            return HttpProblem.BadRequest("period must be a year (2026) or a month (2026-03)");
        }

        if (target is <= 0)
        {
            return HttpProblem.BadRequest("target must be a positive number");
        }

        return SurveyResultsQuery.Run(runtime.Flows, id, period!, target) is { } results
            ? TypedResults.Ok(results)
            : HttpProblem.NotFound($"no survey '{id}'");
    }
}
