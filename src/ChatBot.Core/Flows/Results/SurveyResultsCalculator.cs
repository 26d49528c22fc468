using System.Globalization;

namespace ChatBot.Core.Flows.Results;

/// <summary>
/// Computes <see cref="SurveyResults"/> from stored responses. Distributions, averages, NPS,
/// cross-tabs and free text use completed responses only; drop-off uses the ones left unfinished.
/// A response restarted because the flow file changed is replaced by its new pass and not counted.
/// </summary>
public static class SurveyResultsCalculator
{
    public static readonly IReadOnlyList<string> DefaultBreakdowns = ["district", "sector"];

    public static SurveyResults Compute(FlowDefinition flow, string period, IReadOnlyList<FlowResponse> responses, int? target = null)
    {
        var counted = responses.Where(r => r.Status != FlowResponseStatus.Restarted).ToList();
        var completed = counted.Where(r => r.Status == FlowResponseStatus.Completed).ToList();
        var goal = target ?? flow.TargetPerPeriod;
        var reported = flow.Steps.Where(s => !s.Personal).ToList();
        return new SurveyResults(
            flow.Id,
            period,
            completed.Count,
            goal,
            Ratio(completed.Count, goal),
            counted.Count,
            Ratio(completed.Count, counted.Count),
            DropOff(flow, counted),
            reported.Where(s => s.HasButtons).Select(s => Distribution(s, completed)).ToList(),
            reported.Where(s => s.Type is StepType.Scale or StepType.Number).Select(s => Average(s, completed)).OfType<StepAverage>().ToList(),
            Nps(reported, completed),
            DefaultBreakdowns.Select(flow.Step).OfType<FlowStepDefinition>().Where(s => s.Type == StepType.Choice)
                .Select(s => CrossTab(s, reported, completed)).ToList(),
            reported.Where(s => s.Type == StepType.Text)
                .SelectMany(s => completed.Select(r => (Response: r, Text: r.Answers.GetValueOrDefault(s.Id) ?? "")).Where(a => a.Text.Length > 0)
                    .Select(a => new FreeTextAnswer(s.Id, a.Text, a.Response.Language)))
                .ToList());
    }

    private static List<StepDropOff> DropOff(FlowDefinition flow, List<FlowResponse> counted)
    {
        var left = counted.Where(r => r.Status != FlowResponseStatus.Completed).ToList();
        return flow.Steps
            .Select(s => (Step: s.Id, Left: left.Count(r => r.LastStepId == s.Id)))
            .Select(d => new StepDropOff(d.Step, d.Left, Ratio(d.Left, counted.Count)))
            .ToList();
    }

    private static AnswerDistribution Distribution(FlowStepDefinition step, List<FlowResponse> completed)
    {
        // A skipped step is stored as an empty answer (LiteDB may read it back as null): present, not given.
        var answers = completed.Where(r => r.Answers.ContainsKey(step.Id)).Select(r => r.Answers[step.Id] ?? "").ToList();
        var given = answers.Where(a => a.Length > 0).ToList();
        var values = given.SelectMany(a => step.Type == StepType.MultiChoice ? a.Split(',') : [a]).ToList();
        var options = OptionValues(step)
            .Select(o => (o.Value, o.Label, Count: values.Count(v => v == o.Value)))
            .Select(o => new OptionCount(o.Value, o.Label, o.Count, Ratio(o.Count, given.Count)))
            .ToList();
        return new AnswerDistribution(step.Id, given.Count, answers.Count - given.Count, options);
    }

    private static IEnumerable<(string Value, string Label)> OptionValues(FlowStepDefinition step) => step.Type switch
    {
        StepType.Choice or StepType.MultiChoice => step.Options.Select(o => (o.Value, o.Label.Ru)),
        StepType.Scale => Enumerable.Range((int)(step.Min ?? 1), (int)(step.Max ?? 5) - (int)(step.Min ?? 1) + 1)
            .Select(v => v.ToString(CultureInfo.InvariantCulture)).Select(v => (v, v)),
        _ => [("yes", "да"), ("no", "нет")],
    };

    private static StepAverage? Average(FlowStepDefinition step, List<FlowResponse> completed)
    {
        var numbers = Numbers(step.Id, completed);
        return numbers.Count == 0 ? new StepAverage(step.Id, 0, 0) : new StepAverage(step.Id, numbers.Count, Math.Round(numbers.Average(), 2));
    }

    private static NetPromoterScore? Nps(List<FlowStepDefinition> steps, List<FlowResponse> completed)
    {
        var step = steps.FirstOrDefault(s => s.Type == StepType.Scale && s.Min == 0 && s.Max == 10);
        if (step is null)
        {
            return null;
        }

        var scores = Numbers(step.Id, completed);
        var promoters = scores.Count(s => s >= 9);
        var detractors = scores.Count(s => s <= 6);
        var score = scores.Count == 0 ? 0 : Math.Round(100.0 * (promoters - detractors) / scores.Count, 1);
        return new NetPromoterScore(step.Id, scores.Count, promoters, scores.Count - promoters - detractors, detractors, score);
    }

    private static CrossTab CrossTab(FlowStepDefinition by, List<FlowStepDefinition> steps, List<FlowResponse> completed)
    {
        var scales = steps.Where(s => s.Type == StepType.Scale).ToList();
        var rows = by.Options.Select(option =>
        {
            var group = completed.Where(r => r.Answers.GetValueOrDefault(by.Id) == option.Value).ToList();
            var averages = scales.ToDictionary(
                s => s.Id,
                s => Numbers(s.Id, group) is { Count: > 0 } n ? (double?)Math.Round(n.Average(), 2) : null);
            return new CrossTabRow(option.Value, option.Label.Ru, group.Count, averages);
        });
        return new CrossTab(by.Id, rows.ToList());
    }

    private static List<double> Numbers(string stepId, IEnumerable<FlowResponse> responses) => responses
        .Select(r => r.Answers.GetValueOrDefault(stepId) ?? "")
        .Select(a => double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? (double?)v : null)
        .OfType<double>()
        .ToList();

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);
}
