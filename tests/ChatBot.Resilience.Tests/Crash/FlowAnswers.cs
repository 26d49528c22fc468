using System.Globalization;
using ChatBot.Core.Flows;
using ChatBot.Core.Flows.Answers;
using ChatBot.Testing;

namespace ChatBot.Resilience.Tests.Crash;

/// <summary>
/// How a simulated user answers each step: presses an option, a scale value, yes or no, or skips; types a number,
/// a text, a phone number, an IIN or a BIN. Each answer comes with the value the service will keep for it, read by
/// the service's own <see cref="AnswerReader"/> for typed ones.
/// </summary>
internal sealed class FlowAnswers(Random random)
{
    public const string Iin = "061211600012";
    public const string Bin = "180340021791";

    /// <returns>The message to send (typed text or a payload) and, unless it only toggles an option, the answer it gives.</returns>
    public (string? Text, string? Payload, StepAnswer? Answer) For(FlowStepDefinition step, IReadOnlyList<string> selected)
    {
        if (step.Optional && random.Next(4) == 0)
        {
            return (null, FlowPayloads.Skip(step.Id), new StepAnswer(step.Id, ""));
        }

        switch (step.Type)
        {
            case StepType.Choice:
                var option = step.Options[random.Next(step.Options.Count)].Value;
                return (null, FlowPayloads.Answer(step.Id, option), new StepAnswer(step.Id, option));
            case StepType.MultiChoice when selected.Count == 0 || (selected.Count < (step.MaxChoices ?? step.Options.Count) && random.Next(2) == 0):
                var toggled = step.Options.Where(o => !selected.Contains(o.Value)).ElementAt(random.Next(step.Options.Count - selected.Count)).Value;
                return (null, FlowPayloads.Answer(step.Id, toggled), null);
            case StepType.MultiChoice:
                var values = string.Join(',', step.Options.Select(o => o.Value).Where(selected.Contains));
                return (null, FlowPayloads.Done(step.Id), new StepAnswer(step.Id, values));
            case StepType.Scale:
                var score = random.Next((int)(step.Min ?? 1), (int)(step.Max ?? 5) + 1).ToString(CultureInfo.InvariantCulture);
                return (null, FlowPayloads.Answer(step.Id, score), new StepAnswer(step.Id, score));
            case StepType.Consent or StepType.Confirm:
                var yes = step.StopIfDeclined || random.Next(2) == 0 ? "yes" : "no";
                return (null, FlowPayloads.Answer(step.Id, yes), new StepAnswer(step.Id, yes));
            default:
                var text = Typed(step);
                return (text, null, new StepAnswer(step.Id, Kept(step, text)));
        }
    }

    private string Typed(FlowStepDefinition step) => step.Type switch
    {
        StepType.Number => random.Next((int)(step.Min ?? 0), (int)(step.Min ?? 0) + 30).ToString(CultureInfo.InvariantCulture),
        StepType.Phone => $"+7 701 {random.Next(100, 1000)} {random.Next(10, 100)} {random.Next(10, 100)}",
        StepType.Iin => Iin,
        StepType.Bin => Bin,
        _ when step.Pattern is not null => "Айгерим Серикова",
        _ => "Аренда дорожает, ответ " + random.Next(1_000),
    };

    private static string Kept(FlowStepDefinition step, string text) =>
        AnswerReader.Read(step, null, text, [], SharedModel.Knowledge.Words) is AnswerResult.Accepted accepted
            ? accepted.Value
            : throw new InvalidOperationException($"the simulated user's answer {text} does not fit step '{step.Id}'");
}
