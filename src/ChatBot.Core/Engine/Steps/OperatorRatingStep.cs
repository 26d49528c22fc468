using ChatBot.Core.Engine.Trainings;
using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Engine.Steps;

/// <summary>
/// The user's answer to "Оцените помощь оператора": a pressed 1–5, or a score typed as the very next message. Any other
/// message lets the question lapse and goes on to the other steps; the question is never asked again.
/// </summary>
public sealed class OperatorRatingStep : ITurnStep
{
    public StepResult TryHandle(TurnContext turn)
    {
        var asked = turn.Conversation.RatingAskedFor;
        turn.Conversation.RatingAskedFor = null;
        if (!TryRating(turn, asked, out var handoffId, out var score))
        {
            return StepResult.NotHandled;
        }

        // A second tap is thanked as well, and changes nothing: a handoff is rated once.
        turn.Desk.Rate(turn, handoffId, score);
        turn.Reply(turn.Text(TextKeys.HandoffRatingThanks), [Replies.MenuButton(turn)]);
        return StepResult.Handled;
    }

    private static bool TryRating(TurnContext turn, string? asked, out string handoffId, out int score)
    {
        if (OperatorRating.TryRead(turn.Message.Payload, out handoffId, out score))
        {
            return true;
        }

        handoffId = asked ?? "";
        return asked is not null && turn.Message.Payload is null && TypedScore.TryRead(turn.Message.Text, out score);
    }
}
