using ChatBot.Core.Flows;

namespace ChatBot.Core.Engine.Steps;

/// <summary>
/// Starts a flow from its button. A button of a flow already left (nothing to continue) brings the menu; a flow the
/// user is inside is continued by the dialog stack's <see cref="Dialogs.FormDialog"/> before this step.
/// </summary>
public sealed class FlowStartStep : ITurnStep
{
    public StepResult TryHandle(TurnContext turn)
    {
        var payload = turn.Message.Payload;
        if (payload is null || !FlowPayloads.IsFlow(payload))
        {
            return StepResult.NotHandled;
        }

        if (FlowPayloads.TryStart(payload, out var flowId))
        {
            if (turn.Flows.Catalog.Find(flowId) is not { } requested)
            {
                return StepResult.NotHandled;
            }

            FlowRunner.Start(turn, requested);
            return StepResult.Handled;
        }

        Replies.Menu(turn);
        return StepResult.Handled;
    }
}
