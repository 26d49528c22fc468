using ChatBot.Core.Conversations;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Engine.Steps;

/// <summary>Answers to a yes/no question the bot asked, by button or typed.</summary>
public sealed class PendingQuestionStep : ITurnStep
{
    public bool TryHandle(TurnContext turn)
    {
        if (turn.Conversation.Pending != PendingQuestion.ConfirmForget)
        {
            return false;
        }

        var (payload, text, words) = (turn.Message.Payload, turn.Message.Text, turn.Knowledge.Words);
        if (payload is null ? words.Yes.Matches(text) : payload == Payloads.ForgetYes)
        {
            turn.Conversation.Pending = PendingQuestion.None;
            turn.ForgetRequested = true;

            // Answers held in the conversation (a phone typed mid-survey) go too; the anonymous response stays.
            turn.Conversation.Flow = null;
            turn.Conversation.News = null;
            turn.Reply(turn.Text(TextKeys.ForgetDone), [Replies.MenuButton(turn)]);
            return true;
        }

        turn.Conversation.Pending = PendingQuestion.None;

        // "Cancel"" declines too: the user called off what was asked.
        if (payload is null ? words.No.Matches(text) || words.Cancel.Matches(text) : payload == Payloads.ForgetNo)
        {
            turn.Reply(turn.Text(TextKeys.ForgetCancelled), [Replies.MenuButton(turn)]);
            return true;
        }

        // Anything else is a new question: the confirmation lapses and the message is handled as usual.
        return false;
    }
}
