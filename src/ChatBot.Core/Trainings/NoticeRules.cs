namespace ChatBot.Core.Trainings;

/// <summary>
/// When the scheduler's notices are due. A reminder goes out inside its window (a day before the start until an
/// hour before; an hour before until the start) to people who held their seat before the window opened: someone
/// who enrolled twenty minutes ago has just read the confirmation. The feedback question goes out after the end,
/// not to no-shows, and not for trainings long past (a scheduler started late must not wake old ones).
/// </summary>
public static class NoticeRules
{
    public static readonly TimeSpan DayBefore = TimeSpan.FromDays(1);
    public static readonly TimeSpan HourBefore = TimeSpan.FromHours(1);
    public static readonly TimeSpan FeedbackDelay = TimeSpan.FromHours(1);
    public static readonly TimeSpan FeedbackWindow = TimeSpan.FromDays(3);

    /// <returns>The notice due now for this enrollment, or null.</returns>
    public static TrainingNoticeKind? Due(Training training, Enrollment enrollment, DateTimeOffset now, bool feedback)
    {
        if (training.Status == TrainingStatus.Cancelled)
        {
            return null;
        }

        var seatSince = enrollment.PromotedAt ?? enrollment.CreatedAt;
        if (enrollment.Status == EnrollmentStatus.Enrolled)
        {
            if (enrollment.HourReminderSentAt is null && InWindow(now, training.StartsAt - HourBefore, training.StartsAt) && seatSince < training.StartsAt - HourBefore)
            {
                return TrainingNoticeKind.HourReminder;
            }

            if (enrollment.DayReminderSentAt is null && InWindow(now, training.StartsAt - DayBefore, training.StartsAt - HourBefore) && seatSince < training.StartsAt - DayBefore)
            {
                return TrainingNoticeKind.DayReminder;
            }
        }

        var feedbackFrom = training.EndsAt + FeedbackDelay;
        if (feedback
            && enrollment.Status is EnrollmentStatus.Enrolled or EnrollmentStatus.Attended
            && enrollment.FeedbackRequestedAt is null
            && InWindow(now, feedbackFrom, feedbackFrom + FeedbackWindow))
        {
            return TrainingNoticeKind.FeedbackRequest;
        }

        return null;
    }

    /// <summary>
    /// After the start moved, the reminders sent for the old time are due again for the new one. A window of the new
    /// time that is already open counts as sent now: the notice of the move has just said the new time.
    /// </summary>
    public static void Rearm(Training training, Enrollment enrollment, DateTimeOffset now)
    {
        enrollment.DayReminderSentAt = now >= training.StartsAt - DayBefore ? now : null;
        enrollment.HourReminderSentAt = now >= training.StartsAt - HourBefore ? now : null;
    }

    private static bool InWindow(DateTimeOffset now, DateTimeOffset from, DateTimeOffset until) => now >= from && now < until;
}
