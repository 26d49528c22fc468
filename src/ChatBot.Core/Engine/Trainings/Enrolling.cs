using ChatBot.Core.Flows;
using ChatBot.Core.Messages;
using ChatBot.Core.Trainings;

namespace ChatBot.Core.Engine.Trainings;

/// <summary>
/// From "Записаться" to a seat: the checks before the form (full, closed, already enrolled), the form itself
/// (dialogs/enrollment.yaml, started with the training as its context), and the answer to the seat request.
/// </summary>
public static class Enrolling
{
    public static void Begin(TurnContext turn, string trainingId, bool joinWaitingList)
    {
        var services = turn.Trainings;
        if (services.Catalog.Find(trainingId) is not { } training)
        {
            turn.Reply(turn.Text(EnrollmentTextKeys.NotFound));
            TrainingReplies.List(turn);
            return;
        }

        if (services.Enrollments.OfConversation(turn.Conversation.Id).Any(e => e.TrainingId == training.Id && TrainingReplies.Active(e)))
        {
            TrainingReplies.Details(turn, training);
            return;
        }

        if (!training.TakesEnrollments(turn.Now))
        {
            Closed(turn, training);
            return;
        }

        if (!joinWaitingList && services.Catalog.SeatsLeft(training.Id) == 0)
        {
            OfferWaitingList(turn, training, EnrollmentTextKeys.FullOffer);
            return;
        }

        if (joinWaitingList && TraineeAnswers.Known(services.Trainees.Find(turn.Conversation.Id)).Count > 0)
        {
            // Someone who already gave their details and consent only asks for a place in the queue.
            Request(turn, training, joinWaitingList: true);
            return;
        }

        if (turn.Flows.Catalog.All.FirstOrDefault(f => f.OnComplete == EnrollmentFlowAction.ActionName) is not { } form)
        {
            turn.Reply(turn.Text(Knowledge.TextKeys.EnrollmentUnavailable), [Replies.MenuButton(turn), Replies.OperatorButton(turn)]);
            return;
        }

        FlowRunner.Start(turn, form, new EnrollmentContext(training.Id, joinWaitingList).ToString());
    }

    /// <summary>Asks the enrollment service for a seat (or a waiting place) and tells the user how it went.</summary>
    public static void Request(TurnContext turn, Training training, bool joinWaitingList)
    {
        var conversation = turn.Conversation;
        var result = turn.Trainings.Enrollments.Enroll(new EnrollRequest(
            training.Id, conversation.Id, conversation.Channel, conversation.ChatId, turn.ReplyLanguage, turn.Now, joinWaitingList));
        turn.Record(Conversations.AnalyticsEventTypes.Command, "training.enroll:" + result.Outcome.ToString().ToLowerInvariant());
        switch (result.Outcome)
        {
            case EnrollOutcome.Enrolled:
                TrainingReplies.Confirmation(turn, training, result.Enrollment!);
                break;
            case EnrollOutcome.Waiting:
                WaitingPlace(turn, training, result.Enrollment!, EnrollmentTextKeys.Waiting, result.WaitingPosition ?? 1);
                break;
            case EnrollOutcome.Full:
                OfferWaitingList(turn, training, EnrollmentTextKeys.FullAfterForm);
                break;
            case EnrollOutcome.AlreadyEnrolled when result.Enrollment is { HoldsSeat: true } enrollment:
                TrainingReplies.Confirmation(turn, training, enrollment, EnrollmentTextKeys.Already);
                break;
            case EnrollOutcome.AlreadyEnrolled when result.Enrollment is { } enrollment:
                WaitingPlace(turn, training, enrollment, EnrollmentTextKeys.AlreadyWaiting, result.WaitingPosition);
                break;
            case EnrollOutcome.NotFound:
                turn.Reply(turn.Text(EnrollmentTextKeys.NotFound));
                TrainingReplies.List(turn);
                break;
            default:
                Closed(turn, training);
                break;
        }
    }

    private static void OfferWaitingList(TurnContext turn, Training training, string textKey) => turn.Reply(
        TrainingReplies.Format(turn, textKey, ("title", training.Title.In(turn.ReplyLanguage))),
        [
            new Button(turn.Text(EnrollmentTextKeys.ButtonWait), TrainingPayloads.Wait(training.Id)),
            new Button(turn.Text(EnrollmentTextKeys.ButtonAll), TrainingPayloads.List),
            Replies.MenuButton(turn),
        ]);

    private static void WaitingPlace(TurnContext turn, Training training, Enrollment enrollment, string textKey, int? position) => turn.Reply(
        TrainingReplies.Format(turn, textKey, ("title", training.Title.In(turn.ReplyLanguage)), ("position", position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—")),
        [
            new Button(turn.Text(TrainingTextKeys.ButtonCancelEnrollment), TrainingPayloads.Cancel(enrollment.Id)),
            new Button(turn.Text(EnrollmentTextKeys.ButtonAll), TrainingPayloads.List),
            Replies.MenuButton(turn),
        ]);

    private static void Closed(TurnContext turn, Training training) => turn.Reply(
        TrainingReplies.Format(turn, EnrollmentTextKeys.Closed, ("title", training.Title.In(turn.ReplyLanguage))),
        [new Button(turn.Text(EnrollmentTextKeys.ButtonAll), TrainingPayloads.List), Replies.MenuButton(turn)]);
}
