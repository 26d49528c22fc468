using ChatBot.Core.Engine;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;

namespace ChatBot.Core.Flows;

/// <summary>
/// A returning user is not asked again for what they already gave: the known answers of <c>profile</c> steps are
/// shown once for review ("use these" or "change"); changing asks those steps again, each with a "keep" button.
/// </summary>
public static class FlowKnownAnswers
{
    /// <summary>Remembers the known answers of the flow's profile steps; if there are any, the flow opens with the review.</summary>
    public static void Offer(TurnContext turn, FlowDefinition flow, IReadOnlyDictionary<string, string> known)
    {
        var state = turn.Conversation.Flow!;
        state.Known = known
            .Where(k => flow.Step(k.Key) is { Profile: true })
            .ToDictionary(k => k.Key, k => k.Value);
        state.Reviewing = state.Known.Count > 0;
    }

    public static void AskReview(TurnContext turn, FlowDefinition flow)
    {
        var state = turn.Conversation.Flow!;
        var shown = flow.Steps.Where(s => s.Type != StepType.Consent && state.Known.ContainsKey(s.Id));
        var summary = FlowSummary.Lines(turn, shown.Select(s => (s, state.Known[s.Id])));
        turn.Reply(
            turn.Knowledge.Texts.Format(FlowTextKeys.KnownReview, turn.ReplyLanguage, ("answers", summary)),
            [
                new Button(turn.Text(FlowTextKeys.ButtonKnownUse), FlowPayloads.KnownUse),
                new Button(turn.Text(FlowTextKeys.ButtonKnownChange), FlowPayloads.KnownChange),
                new Button(turn.Text(FlowTextKeys.ButtonCancel), FlowPayloads.Cancel),
            ]);
    }

    /// <summary>Every known answer holds: the flow goes on at the first step not known.</summary>
    public static void Use(TurnContext turn, FlowDefinition flow)
    {
        turn.Conversation.Flow!.Reviewing = false;
        FlowRunner.AnswerKnown(turn, flow, _ => true);
    }

    /// <summary>The details are asked again (each with "keep"); a consent once given stands.</summary>
    public static void Change(TurnContext turn, FlowDefinition flow)
    {
        turn.Conversation.Flow!.Reviewing = false;
        FlowRunner.AnswerKnown(turn, flow, step => step.Type == StepType.Consent);
    }
}
