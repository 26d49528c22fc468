using ChatBot.Core.Flows;
using ChatBot.Core.Flows.Results;

namespace ChatBot.Core.Reports;

/// <summary>
/// The survey by the start of each response, as sessions are counted by theirs: a response started in the period is
/// the period's, completed or not, so every count of a quarter is the sum of its months'. A respondent is a completed
/// response; one restarted because the questionnaire changed is replaced by its new pass and not counted.
/// </summary>
internal static class SurveyFigures
{
    public static SurveySection Of(
        string surveyId, FlowDefinition? survey, IReadOnlyList<FlowResponse> responses, ReportPeriod period, ReportOptions options)
    {
        var counted = responses.Where(r => r.Status != FlowResponseStatus.Restarted).ToList();
        var ofPeriod = counted.Where(r => period.Contains(r.StartedAt)).ToList();
        var respondents = ofPeriod.Count(r => r.Status == FlowResponseStatus.Completed);
        var results = survey is null ? null : SurveyResultsCalculator.Compute(survey, period.Label, ofPeriod, options.SurveyYearTarget);
        var completed = ofPeriod.Where(r => r.Status == FlowResponseStatus.Completed).ToList();
        return new SurveySection(
            surveyId,
            ofPeriod.Count,
            respondents,
            Shares.Percent(respondents, ofPeriod.Count),
            Targets.Progress(respondents, options.SurveyYearTarget, CompletedBetween(counted, Targets.YearStart(period), period.To)),
            Targets.Progress(respondents, options.SurveyContractTarget, CompletedBetween(counted, Targets.ContractStart(options), period.To)),
            results?.DropOff ?? [],
            results?.Distributions ?? [],
            CrossTab(survey, "district", "sector", completed),
            results?.Nps);
    }

    private static int CompletedBetween(IEnumerable<FlowResponse> responses, DateTimeOffset from, DateTimeOffset to) =>
        responses.Count(r => r.Status == FlowResponseStatus.Completed && r.StartedAt >= from && r.StartedAt < to);

    private static SurveyCrossTab CrossTab(FlowDefinition? survey, string rows, string columns, List<FlowResponse> completed)
    {
        if (survey?.Step(rows) is not { Type: StepType.Choice } rowStep || survey.Step(columns) is not { Type: StepType.Choice } columnStep)
        {
            return new SurveyCrossTab(rows, columns, []);
        }

        var cells = rowStep.Options
            .SelectMany(r => columnStep.Options.Select(c => new CrossTabCell(
                r.Value,
                c.Value,
                completed.Count(x => x.Answers.GetValueOrDefault(rows) == r.Value && x.Answers.GetValueOrDefault(columns) == c.Value))))
            .ToList();
        return new SurveyCrossTab(rows, columns, cells);
    }
}
