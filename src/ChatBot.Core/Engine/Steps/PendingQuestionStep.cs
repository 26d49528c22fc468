using ChatBot.Core.Conversations;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Engine.Steps;

/// <summary>Answers to a yes/no question the bot asked, by button or typed.</summary>
public sealed class PendingQuestionStep : ITurnStep
{
    private static readonly HashSet<string> Yes = ["да", "yes", "иә", "ия", "ыә", "иа", "ок", "ok", "подтверждаю", "келісемін"];
    private static readonly HashSet<string> No = ["нет", "no", "жоқ", "жок", "отмена", "болдырмау"];

    public bool TryHandle(TurnContext turn)
    {
        if (turn.Conversation.Pending != PendingQuestion.ConfirmForget)
        {
            return false;
        }

        var answer = turn.Message.Payload ?? turn.Message.Text?.Trim().ToLowerInvariant().TrimEnd('.', '!') ?? "";
        if (answer == Payloads.ForgetYes || Yes.Contains(answer))
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
        if (answer == Payloads.ForgetNo || No.Contains(answer))
        {
            turn.Reply(turn.Text(TextKeys.ForgetCancelled), [Replies.MenuButton(turn)]);
            return true;
        }

        // Anything else is a new question: the confirmation lapses and the message is handled as usual.
        return false;
    }
}
