using System.Globalization;
using ChatBot.Core.Conversations;
using ChatBot.Core.Flows;

namespace ChatBot.Resilience.Tests.Fuzz;

/// <summary>
/// An answer each step accepts, chosen to take the longest path (the lowest score asks why, a consent given asks
/// for the contact), so that a walk of valid answers reaches every step of a flow.
/// </summary>
internal static class ValidAnswers
{
    private static readonly string[] TextCandidates = ["Айгерим Серикова", "AB12", "Меньше проверок"];

    /// <returns>Typed text or a payload, the other null.</returns>
    public static (string? Text, string? Payload) For(FlowStepDefinition step, FlowState state) => step.Type switch
    {
        // The last option: the application form asks for a phone only after its last choice ("call me").
        StepType.Choice => (null, FlowPayloads.Answer(step.Id, step.Options[^1].Value)),
        StepType.MultiChoice => state.Selection.Count == 0
            ? (null, FlowPayloads.Answer(step.Id, step.Options[0].Value))
            : (null, FlowPayloads.Done(step.Id)),
        StepType.Scale => (null, FlowPayloads.Answer(step.Id, ((int)(step.Min ?? 1)).ToString(CultureInfo.InvariantCulture))),
        StepType.Consent or StepType.Confirm => (null, FlowPayloads.Answer(step.Id, "yes")),
        StepType.Files => (null, FlowPayloads.Done(step.Id)),
        StepType.Number => ((step.Min ?? 0).ToString(CultureInfo.InvariantCulture), null),
        StepType.Phone => ("+7 701 123 45 67", null),
        StepType.Email => ("fuzz@example.org", null),
        StepType.Iin => ("061211600012", null),
        StepType.Bin => ("180340021791", null),
        StepType.Date => ("15.03.2026", null),
        _ => (Text(step), null),
    };

    private static string Text(FlowStepDefinition step) => TextCandidates.FirstOrDefault(candidate =>
            candidate.Length >= (step.Min ?? 1) && candidate.Length <= (step.Max ?? 1000) && step.Pattern?.IsMatch(candidate) != false)
        ?? throw new InvalidOperationException($"no valid text for step '{step.Id}': add one to {nameof(TextCandidates)}");
}
