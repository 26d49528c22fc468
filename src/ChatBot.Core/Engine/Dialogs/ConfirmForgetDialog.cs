using ChatBot.Core.Conversations;
using ChatBot.Core.Engine.Steps;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Engine.Dialogs;

/// <summary>"Erase everything about me?": yes erases with this turn, no (or cancel) keeps, anything else lets the question lapse.</summary>
public sealed class ConfirmForgetDialog : IDialog
{
    public static void Begin(TurnContext turn)
    {
        turn.Conversation.Pending = PendingQuestion.ConfirmForget;
        turn.Record(AnalyticsEventTypes.ErasureRequested);
        turn.Reply(
            turn.Text(TextKeys.ForgetConfirmPrompt),
            [new(turn.Text(TextKeys.ButtonYes), Payloads.ForgetYes), new(turn.Text(TextKeys.ButtonNo), Payloads.ForgetNo)]);
    }

    public StepResult Continue(TurnContext turn)
    {
        if (turn.Conversation.Pending != PendingQuestion.ConfirmForget)
        {
            return StepResult.NotHandled;
        }

        turn.Conversation.Pending = PendingQuestion.None;
        var (payload, text, words) = (turn.Message.Payload, turn.Message.Text, turn.Knowledge.Words);
        if (payload is null ? words.Yes.Matches(text) : payload == Payloads.ForgetYes)
        {
            // Answers held in the conversation (a phone typed mid-survey) go too; the anonymous response stays.
            turn.Forget();
            turn.Record(AnalyticsEventTypes.ErasureDone);
            turn.Reply(turn.Text(TextKeys.ForgetDone), [Replies.MenuButton(turn)]);
            return StepResult.Handled;
        }

        // "Cancel" declines too: the user called off what was asked.
        if (payload is null ? words.No.Matches(text) || words.Cancel.Matches(text) : payload == Payloads.ForgetNo)
        {
            turn.Reply(turn.Text(TextKeys.ForgetCancelled), [Replies.MenuButton(turn)]);
            return StepResult.Handled;
        }

        // Anything else is a new question: the confirmation lapses and the message is handled as usual.
        return StepResult.NotHandled;
    }

    public bool Resume(TurnContext turn)
    {
        turn.Conversation.Pending = PendingQuestion.None;
        return false;
    }
}
