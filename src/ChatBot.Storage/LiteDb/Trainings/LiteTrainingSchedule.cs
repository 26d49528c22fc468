using ChatBot.Core.Conversations;
using ChatBot.Core.Trainings;
using LiteDB;

namespace ChatBot.Storage.LiteDb.Trainings;

/// <summary>
/// Queues the notices that are due (reminders, feedback questions) into the outbox and marks them sent in the same
/// transaction, so that none is sent twice, also across a restart; and marks trainings that have ended as held.
/// </summary>
public sealed class LiteTrainingSchedule(ChatBotDatabase database, TrainingNotices notices)
{
    /// <returns>The conversations that got a notice, to wake their streams.</returns>
    public IReadOnlyList<string> QueueDue(DateTimeOffset now, bool feedback)
    {
        var told = new List<string>();
        database.InTransaction(db =>
        {
            var trainings = db.GetCollection<Training>(Collections.Trainings);
            var enrollments = db.GetCollection<Enrollment>(Collections.Enrollments);
            var outbox = db.GetCollection<OutboxItem>(Collections.Outbox);
            var recent = now - NoticeRules.FeedbackDelay - NoticeRules.FeedbackWindow - TimeSpan.FromDays(14);
            foreach (var training in trainings.Find(t => t.StartsAt > recent && t.Status != TrainingStatus.Cancelled).ToList())
            {
                MarkHeld(trainings, training, now);
                foreach (var enrollment in Seats.OfTraining(db, training.Id))
                {
                    if (NoticeRules.Due(training, enrollment, now, feedback) is not { } kind)
                    {
                        continue;
                    }

                    outbox.Insert(TrainingNotices.ToOutbox(enrollment, Notice(kind, training, enrollment), now));
                    Mark(enrollment, kind, now);
                    enrollments.Update(enrollment);
                    told.Add(enrollment.ConversationId);
                }
            }
        });

        return told.Distinct().ToList();
    }

    private Core.Messages.OutgoingMessage Notice(TrainingNoticeKind kind, Training training, Enrollment enrollment) => kind switch
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

    private static void MarkHeld(ILiteCollection<Training> trainings, Training training, DateTimeOffset now)
    {
        if (training.Status is TrainingStatus.Open or TrainingStatus.Closed && now >= training.EndsAt)
        {
            training.Status = TrainingStatus.Held;
            trainings.Update(training);
        }
    }
}
