using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Engine;

/// <summary>
/// The bot admits it does not know (the question is recorded for the editors by the caller). The second time in a
/// row (policy.yaml, <c>handoff.misunderstandings</c>) it also offers a consultant with a button; it never queues the
/// user by itself, since a person who only rephrases would otherwise end up waiting without having asked to.
/// </summary>
public static class Misunderstanding
{
    public static void Admit(TurnContext turn)
    {
        turn.Conversation.ClarifiedQuestion = null;
        turn.Conversation.MisunderstoodInARow++;
        if (turn.Conversation.MisunderstoodInARow < turn.Knowledge.Handoff.Misunderstandings)
        {
            Replies.Fallback(turn);
            return;
        }

        var offer = turn.Knowledge.Texts.Format(TextKeys.HandoffAfterMisunderstanding, turn.ReplyLanguage, ("button", turn.Text(TextKeys.ButtonOperator)));
        turn.Reply(turn.Text(TextKeys.Fallback).TrimEnd() + "\n\n" + offer, [Replies.OperatorButton(turn), Replies.MenuButton(turn)]);
    }
}
