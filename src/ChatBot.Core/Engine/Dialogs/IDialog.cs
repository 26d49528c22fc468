using ChatBot.Core.Engine.Steps;

namespace ChatBot.Core.Engine.Dialogs;

/// <summary>
/// A frame of the conversation's dialog stack: a question the bot asked and waits on. A frame is begun by the
/// feature that asks (<see cref="ConfirmForgetDialog.Begin"/>, <see cref="Flows.FlowRunner.Start"/>, the schedule's
/// feedback request), continued by the user's answer, and resumed or let lapse when the user wrote something else.
/// </summary>
public interface IDialog
{
    /// <returns><see cref="StepResult.NotHandled"/> when the frame is not open or the message is not its answer.</returns>
    StepResult Continue(TurnContext turn);

    /// <summary>Another message was handled while this frame was open.</summary>
    /// <returns>True when the frame asked its question again; false when it lapsed (or was not open) and the frame below may resume.</returns>
    bool Resume(TurnContext turn);
}
