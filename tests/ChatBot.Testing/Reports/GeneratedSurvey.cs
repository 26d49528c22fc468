using System.Globalization;
using ChatBot.Core.Flows;
using ChatBot.Testing.InMemory;

namespace ChatBot.Testing.Reports;

/// <summary>
/// Responses to the questionnaire over the year, most of them completed; a partial one stops at a random step. Answers
/// follow the steps' types (an option, options, a number in range); personal and free-text steps stay unanswered.
/// </summary>
internal sealed class GeneratedSurvey(Random random, FlowDefinition survey)
{
    private const int Responses = 2_700;

    public int Write(InMemoryDatabase database)
    {
        var asked = survey.Steps.Where(s => !s.Personal && s.Type is not (StepType.Text or StepType.Consent or StepType.Confirm)).ToList();
        var from = GeneratedYear.YearStart;
        var responses = Enumerable.Range(0, Responses).Select(i =>
        {
            var status = GeneratedYear.Pick(random, [(FlowResponseStatus.Completed, 90), (FlowResponseStatus.Cancelled, 6), (FlowResponseStatus.InProgress, 3), (FlowResponseStatus.Restarted, 1)]);
            var reached = status == FlowResponseStatus.Completed ? asked.Count : random.Next(asked.Count);
            var started = GeneratedYear.Moment(random, from, GeneratedYear.End);
            return new FlowResponse
            {
                Id = $"r{i:d5}",
                FlowId = survey.Id,
                Version = survey.Version,
                Period = GeneratedYear.Year.ToString(CultureInfo.InvariantCulture),
                Channel = random.NextDouble() < 0.6 ? "telegram" : "web",
                Language = random.NextDouble() < 0.7 ? "ru" : "kk",
                Status = status,
                LastStepId = status == FlowResponseStatus.Completed ? survey.Steps[^1].Id : asked[reached].Id,
                Answers = asked.Take(reached).ToDictionary(s => s.Id, Answer),
                StartedAt = started,
                UpdatedAt = started.AddMinutes(2 + random.Next(10)),
            };
        }).ToList();
        database.InTransaction(t => responses.ForEach(t.FlowResponses.Insert));
        return responses.Count;
    }

    private string Answer(FlowStepDefinition step) => step.Type switch
    {
        StepType.Choice => step.Options[Math.Min(random.Next(step.Options.Count), random.Next(step.Options.Count))].Value,
        StepType.MultiChoice => string.Join(',', step.Options.Where(_ => random.NextDouble() < 0.3).Select(o => o.Value).DefaultIfEmpty(step.Options[0].Value)),
        _ => ((int)(step.Min ?? 0) + random.Next((int)(step.Max ?? 5) - (int)(step.Min ?? 0) + 1)).ToString(CultureInfo.InvariantCulture),
    };
}
