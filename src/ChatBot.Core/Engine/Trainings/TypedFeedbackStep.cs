using ChatBot.Core.Engine.Steps;
using ChatBot.Core.Flows;

namespace ChatBot.Core.Engine.Trainings;

/// <summary>
/// A score typed in answer to the feedback question ("5", "4 балла", "бес") counts like its button, while that
/// question is the last thing the bot asked: the request was queued after the conversation's last turn
/// (<see cref="Trainings.Enrollment.FeedbackRequestedAt"/> later than <see cref="Conversations.Conversation.UpdatedAt"/>)
/// and is not answered yet. Once the user has written anything else, a number is an ordinary message again.
/// </summary>
public sealed class TypedFeedbackStep : ITurnStep
{
    public bool TryHandle(TurnContext turn)
    {
        if (turn.Message.Payload is not null || turn.Trainings is not { } services || !TypedScore.TryRead(turn.Message.Text, out var score))
        {
            return false;
        }

        var lastTurn = turn.Conversation.UpdatedAt;
        var asked = services.Enrollments.OfConversation(turn.Conversation.Id)
            .Where(e => e.HoldsSeat && e.FeedbackScore is null && e.FeedbackRequestedAt > lastTurn)
            .MaxBy(e => e.FeedbackRequestedAt);
        if (asked is null)
        {
            return false;
        }

        TrainingStep.Feedback(turn, asked.Id, score);

        // The question came in the middle of a form: the form goes on where it was.
        if (turn.Conversation.Flow is not null)
        {
            FlowRunner.Resume(turn, FlowTextKeys.BackToStep);
        }

        return true;
    }
}
