using ChatBot.Core.Engine;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Flows;

/// <summary>
/// Answers as the user reads them back ("Телефон: +77011234567"), and the <c>{placeholders}</c> of prompts:
/// <c>{answers}</c> (the labelled answers so far) and whatever the flow's action supplies.
/// </summary>
public static class FlowSummary
{
    public const string AnswersPlaceholder = "{answers}";

    public static string Fill(TurnContext turn, FlowDefinition flow, Conversations.FlowState state, string prompt)
    {
        if (prompt.Contains(AnswersPlaceholder, StringComparison.Ordinal))
        {
            var given = flow.Steps
                .Where(s => s.Label is not null && state.History.Contains(s.Id))
                .Select(s => (s, state.Answers.GetValueOrDefault(s.Id, "")));
            prompt = prompt.Replace(AnswersPlaceholder, Lines(turn, given), StringComparison.Ordinal);
        }

        if (turn.Flows.Action(flow.OnComplete) is { } action)
        {
            foreach (var (key, value) in action.Placeholders(turn, state))
            {
                prompt = prompt.Replace("{" + key + "}", value, StringComparison.Ordinal);
            }
        }

        return prompt;
    }

    public static string Lines(TurnContext turn, IEnumerable<(FlowStepDefinition Step, string Value)> answers) => string.Join(
        "\n",
        answers.Select(a => $"{(a.Step.Label ?? a.Step.Prompt).In(turn.ReplyLanguage)}: {Display(turn, a.Step, a.Value)}"));

    /// <summary>An option's label rather than its value; an ИИН or БИН with its middle hidden, since transcripts are read by operators.</summary>
    public static string Display(TurnContext turn, FlowStepDefinition step, string? value)
    {
        // A skipped answer is empty; LiteDB gives empty text back as null.
        if (string.IsNullOrEmpty(value))
        {
            return turn.Text(FlowTextKeys.NotGiven);
        }

        return step.Type switch
        {
            StepType.Choice => step.Options.FirstOrDefault(o => o.Value == value)?.Label.In(turn.ReplyLanguage) ?? value,
            StepType.Iin or StepType.Bin when value.Length == 12 => value[..4] + "••••" + value[^4..],
            StepType.Consent or StepType.Confirm => turn.Text(value == "yes" ? TextKeys.ButtonYes : TextKeys.ButtonNo),
            _ => value,
        };
    }
}
