using ChatBot.Host.Composition;
using ChatBot.Operators.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatBot.Host.Surveys;

/// <summary>
/// GET /api/operator/admin/surveys/{id}/results?period=2026, for the reports: the admin's console session, like
/// the other admin endpoints (a read, so no XSRF token is needed). Its refusals are still a JSON string with the
/// reason, not problem details like the other APIs': a body its clients already read.
/// </summary>
public static class SurveyAdminApi
{
    public static AdminRoutes MapSurveyAdmin(this AdminRoutes admin)
    {
        admin.MapGet("/surveys/{id}/results", Results);
        return admin;
    }

    private static Results<Ok<Core.Flows.Results.SurveyResults>, BadRequest<string>, NotFound<string>> Results(
        string id, string? period, int? target, BotRuntime runtime)
    {
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
}
