using ChatBot.Core.Messages;
using ChatBot.Core.Time;
using ChatBot.Core.Trainings;

namespace ChatBot.Core.Engine.Trainings;

/// <summary>
/// "Отменить запись": asked once more ("yes, cancel" / "no, keep it"), then the seat is freed; the enrollment service
/// gives it to the first person waiting and tells them. Only the conversation's own enrollments can be cancelled.
/// </summary>
public static class EnrollmentCancelling
{
    public static void Ask(TurnContext turn, string enrollmentId)
    {
        if (Own(turn, enrollmentId) is not { } enrollment || turn.Trainings.Catalog.Find(enrollment.TrainingId) is not { } training)
        {
            TrainingReplies.Mine(turn);
            return;
        }

        if (!TrainingReplies.Active(enrollment))
        {
            turn.Reply(turn.Text(EnrollmentTextKeys.CancelAlready), [new Button(turn.Text(EnrollmentTextKeys.ButtonAll), TrainingPayloads.List), Replies.MenuButton(turn)]);
            return;
        }

        turn.Reply(
            TrainingReplies.Format(turn, EnrollmentTextKeys.CancelConfirm, ("title", training.Title.In(turn.ReplyLanguage)), ("when", AlmatyTime.Span(training))),
            [
                new Button(turn.Text(EnrollmentTextKeys.ButtonCancelYes), EnrollmentPayloads.CancelConfirmed(enrollment.Id)),
                new Button(turn.Text(EnrollmentTextKeys.ButtonCancelNo), EnrollmentPayloads.KeepEnrollment),
            ]);
    }

    public static void Cancel(TurnContext turn, string enrollmentId)
    {
        if (Own(turn, enrollmentId) is not { } enrollment)
        {
            TrainingReplies.Mine(turn);
            return;
        }

        var result = turn.Trainings.Enrollments.Cancel(enrollment.Id, turn.Now);
        turn.Record(Conversations.AnalyticsEventTypes.Command, "training.cancel:" + result.Outcome.ToString().ToLowerInvariant());
        var title = turn.Trainings.Catalog.Find(enrollment.TrainingId)?.Title.In(turn.ReplyLanguage) ?? "";
        var text = result.Outcome switch
        {
            CancelOutcome.Cancelled => TrainingReplies.Format(turn, EnrollmentTextKeys.Cancelled, ("title", title)),
            CancelOutcome.TooLate => turn.Text(EnrollmentTextKeys.CancelTooLate),
            _ => turn.Text(EnrollmentTextKeys.CancelAlready),
        };
        turn.Reply(text, [new Button(turn.Text(EnrollmentTextKeys.ButtonTrainings), TrainingPayloads.List), Replies.MenuButton(turn)]);
    }

    public static void Kept(TurnContext turn) =>
        turn.Reply(turn.Text(EnrollmentTextKeys.CancelKept), [new Button(turn.Text(EnrollmentTextKeys.ButtonMine), EnrollmentPayloads.Mine), Replies.MenuButton(turn)]);

    /// <summary>A payload names an enrollment; one of another conversation is treated as unknown.</summary>
    private static Enrollment? Own(TurnContext turn, string enrollmentId) =>
        turn.Trainings.Enrollments.Find(enrollmentId) is { } enrollment && enrollment.ConversationId == turn.Conversation.Id ? enrollment : null;
}
