namespace ChatBot.Core.Trainings;

/// <summary>
/// Queues the notices that are due (reminders, feedback questions) into the outbox and marks them sent in the same
/// change, so that none is sent twice, also across a restart; and marks trainings that have ended as held.
/// </summary>
public sealed class TrainingSchedule(ITrainingStore store, TrainingNotices notices)
{
    /// <returns>The conversations that got a notice, to wake their streams.</returns>
    public IReadOnlyList<string> QueueDue(DateTimeOffset now, bool feedback) => store.Change(ledger =>
    {
        var told = new List<string>();
        var recent = now - NoticeRules.FeedbackDelay - NoticeRules.FeedbackWindow - TimeSpan.FromDays(14);
        foreach (var training in ledger.NotCancelledStartingAfter(recent))
        {
            MarkHeld(ledger, training, now);
            foreach (var enrollment in ledger.OfTraining(training.Id))
            {
                if (NoticeRules.Due(training, enrollment, now, feedback) is not { } kind)
                {
                    continue;
                }

                ledger.Queue(TrainingNotices.ToOutbox(enrollment, Notice(kind, training, enrollment), now));
                Mark(enrollment, kind, now);
                ledger.Save(enrollment);
                told.Add(enrollment.ConversationId);
            }
        }

        return told.Distinct().ToList();
    });

    private Messages.OutgoingMessage Notice(TrainingNoticeKind kind, Training training, Enrollment enrollment) => kind switch
    {
        TrainingNoticeKind.DayReminder => notices.DayReminder(training, enrollment),
        TrainingNoticeKind.HourReminder => notices.HourReminder(training, enrollment),
        _ => notices.FeedbackRequest(training, enrollment),
    };

    private static void Mark(Enrollment enrollment, TrainingNoticeKind kind, DateTimeOffset now)
    {
        switch (kind)
        {
            case TrainingNoticeKind.DayReminder:
                enrollment.DayReminderSentAt = now;
                break;
            case TrainingNoticeKind.HourReminder:
                // The day reminder's window is over: it is not sent late.
                enrollment.HourReminderSentAt = now;
                break;
            default:
                enrollment.FeedbackRequestedAt = now;
                break;
        }
    }

    private static void MarkHeld(ISeatLedger ledger, Training training, DateTimeOffset now)
    {
        if (training.Status is TrainingStatus.Open or TrainingStatus.Closed && now >= training.EndsAt)
        {
            training.Status = TrainingStatus.Held;
            ledger.Save(training);
        }
    }
}
