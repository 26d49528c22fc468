using ChatBot.Core.Conversations;

namespace ChatBot.Core.Engine.Steps;

/// <summary>
/// First in the pipeline. Once an operator holds the conversation the bot says nothing: the message stays in the
/// transcript and wakes the console. While it only waits in the queue the bot keeps answering (FAQ, /menu, buttons),
/// and the desk tells the user now and then that the operator will answer (<see cref="Handoff.HandoffDesk.NoteWaiting"/>);
/// /cancel (or the "leave the queue" button) takes it out of the queue. /forget, at any time, ends the handoff so
/// that the erasure can be asked for.
/// </summary>
public sealed class OperatorGateStep : ITurnStep
{
    public StepResult TryHandle(TurnContext turn)
    {
        var mode = turn.Conversation.Mode;
        if (mode == ConversationMode.Bot)
        {
            return StepResult.NotHandled;
        }

        if (mode == ConversationMode.WaitingForOperator && IsLeave(turn))
        {
            turn.Desk.LeaveQueue(turn);
            return StepResult.Handled;
        }

        if (IsCommand(turn, "/forget"))
        {
            turn.Desk.LeaveToForget(turn);
            return StepResult.NotHandled;
        }

        if (mode == ConversationMode.WaitingForOperator)
        {
            return StepResult.NotHandled;
        }

        turn.Silent = true;
        return StepResult.Handled;
    }

    private static bool IsLeave(TurnContext turn) => turn.Message.Payload == Payloads.LeaveQueue || IsCommand(turn, "/cancel");

    private static bool IsCommand(TurnContext turn, string command) =>
        turn.Message.Text?.Trim().Split(' ', 2)[0].Split('@')[0].Equals(command, StringComparison.OrdinalIgnoreCase) == true;
}
