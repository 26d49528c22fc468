using ChatBot.Core.Engine.Steps;
using ChatBot.Core.Engine.Trainings;

namespace ChatBot.Core.Engine.Dialogs;

/// <summary>
/// "How was the training?", asked by the schedule after a training. A score typed in answer ("5", "4 балла", "бес")
/// counts like its button while that question is the last thing the bot asked: the request was queued after the
/// conversation's last turn (<see cref="ChatBot.Core.Trainings.Enrollment.FeedbackRequestedAt"/> later than
/// <see cref="Conversations.Conversation.UpdatedAt"/>) and is not answered yet. Once the user has written anything
/// else the question lapses, and a number is an ordinary message again. The score is answered aside: a form the
/// question interrupted goes on.
/// </summary>
public sealed class FeedbackQuestionDialog : IDialog
{
    public StepResult Continue(TurnContext turn)
    {
        if (turn.Message.Payload is not null || !TypedScore.TryRead(turn.Message.Text, out var score))
        {
            return StepResult.NotHandled;
        }

        var lastTurn = turn.Conversation.UpdatedAt;
        var asked = turn.Trainings.Enrollments.OfConversation(turn.Conversation.Id)
            .Where(e => e.HoldsSeat && e.FeedbackScore is null && e.FeedbackRequestedAt > lastTurn)
            .MaxBy(e => e.FeedbackRequestedAt);
        if (asked is null)
        {
            return StepResult.NotHandled;
        }

        TrainingStep.Feedback(turn, asked.Id, score);
        return StepResult.HandledAside;
    }

    /// <summary>The question lapses by itself: this turn moves the conversation's last turn past it.</summary>
    public bool Resume(TurnContext turn) => false;
}
