using ChatBot.Core.Flows;
using ChatBot.Core.Flows.Results;

namespace ChatBot.Host.Surveys;

/// <summary>Finds a survey and computes its results for a period; shared by the command and the admin API.</summary>
public static class SurveyResultsQuery
{
    public static SurveyResults? Run(FlowServices flows, string surveyId, string period, int? target = null) =>
        flows.Catalog.Find(surveyId) is { } flow
            ? SurveyResultsCalculator.Compute(flow, period, flows.Responses.InPeriod(flow.Id, period), target)
            : null;

    /// <summary>"2026" for a yearly survey; "2026-03" for a monthly one.</summary>
    public static bool IsPeriod(string? period) =>
        period is { Length: 4 or 7 } && int.TryParse(period[..4], out var year) && year is >= 2000 and <= 2100 &&
        (period.Length == 4 || (period[4] == '-' && int.TryParse(period[5..], out var month) && month is >= 1 and <= 12));
}
