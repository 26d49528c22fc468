using ChatBot.Core.Engine.Steps;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Trainings;

namespace ChatBot.Core.Engine.Trainings;

/// <summary>
/// Presses of training buttons (<c>training:*</c>): the list and its filters, details, enroll, waiting list,
/// cancel, and the answer to the feedback question the scheduler sends after a training.
/// </summary>
public sealed class TrainingStep : ITurnStep
{
    public StepResult TryHandle(TurnContext turn)
    {
        var payload = turn.Message.Payload;
        if (!TrainingPayloads.IsTraining(payload))
        {
            return StepResult.NotHandled;
        }

        var services = turn.Trainings;
        if (payload == TrainingPayloads.List)
        {
            TrainingReplies.List(turn);
        }
        else if (payload == EnrollmentPayloads.Topics)
        {
            TrainingReplies.Topics(turn);
        }
        else if (payload == EnrollmentPayloads.Mine)
        {
            TrainingReplies.Mine(turn);
        }
        else if (payload == EnrollmentPayloads.KeepEnrollment)
        {
            EnrollmentCancelling.Kept(turn);
        }
        else if (TrainingPayloads.TryFormat(payload!, out var format))
        {
            TrainingReplies.List(turn, format);
        }
        else if (TrainingPayloads.TryTopic(payload!, out var topicId))
        {
            TrainingReplies.List(turn, topic: services.Catalog.Topics(turn.Now).FirstOrDefault(t => t.Id == topicId));
        }
        else if (TrainingPayloads.TryDetails(payload!, out var shown))
        {
            Details(turn, shown);
        }
        else if (TrainingPayloads.TryEnroll(payload!, out var enrollIn))
        {
            Enrolling.Begin(turn, enrollIn, joinWaitingList: false);
        }
        else if (TrainingPayloads.TryWait(payload!, out var waitFor))
        {
            Enrolling.Begin(turn, waitFor, joinWaitingList: true);
        }
        else if (EnrollmentPayloads.TryCancelConfirmed(payload!, out var cancelled))
        {
            EnrollmentCancelling.Cancel(turn, cancelled);
        }
        else if (TrainingPayloads.TryCancel(payload!, out var toCancel))
        {
            EnrollmentCancelling.Ask(turn, toCancel);
        }
        else if (TrainingPayloads.TryFeedback(payload!, out var rated, out var score))
        {
            Feedback(turn, rated, score);
        }
        else
        {
            TrainingReplies.List(turn);
        }

        return StepResult.Handled;
    }

    /// <summary>A training by id (a button, a deep link); an unknown one says so and shows the list.</summary>
    public static void Details(TurnContext turn, string trainingId)
    {
        if (turn.Trainings.Catalog.Find(trainingId) is { } training)
        {
            TrainingReplies.Details(turn, training);
            return;
        }

        turn.Reply(turn.Text(EnrollmentTextKeys.NotFound));
        TrainingReplies.List(turn);
    }

    /// <summary>A topic's trainings by id (a deep link); an unknown or past topic shows the whole list.</summary>
    public static void Topic(TurnContext turn, string topicId) =>
        TrainingReplies.List(turn, topic: turn.Trainings.Catalog.Topics(turn.Now).FirstOrDefault(t => t.Id.Equals(topicId, StringComparison.OrdinalIgnoreCase)));

    internal static void Feedback(TurnContext turn, string enrollmentId, int score)
    {
        var services = turn.Trainings;
        if (services.Enrollments.Find(enrollmentId) is { } enrollment && enrollment.ConversationId == turn.Conversation.Id)
        {
            services.Enrollments.RecordFeedback(enrollmentId, score, turn.Now);
            turn.Record(Conversations.AnalyticsEventTypes.Command, "training.feedback");
        }

        turn.Reply(turn.Text(EnrollmentTextKeys.FeedbackThanks), [new Button(turn.Text(EnrollmentTextKeys.ButtonTrainings), TrainingPayloads.List), Replies.MenuButton(turn)]);
    }
}
