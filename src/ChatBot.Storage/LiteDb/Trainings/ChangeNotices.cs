using ChatBot.Core.Conversations;
using ChatBot.Core.Trainings;
using LiteDB;

namespace ChatBot.Storage.LiteDb.Trainings;

/// <summary>
/// Tells the people of a training that moved, inside the transaction that saves the move, so that a crash leaves
/// neither a move without its notices nor notices twice. Seat holders get the new time, place or link and a fresh
/// calendar file, and their reminders are due again for a new start; people waiting hear of a new time only.
/// </summary>
internal static class ChangeNotices
{
    /// <param name="alreadyTold">People promoted in the same edit: their promotion notice has the new time already.</param>
    public static List<Enrollment> Tell(
        LiteDatabase db, Training training, TrainingChange change, IReadOnlyCollection<Enrollment> alreadyTold, TrainingNotices notices, DateTimeOffset now)
    {
        var told = new List<Enrollment>();
        if (!change.TellsAnyone)
        {
            return told;
        }

        var enrollments = db.GetCollection<Enrollment>(Collections.Enrollments);
        var outbox = db.GetCollection<OutboxItem>(Collections.Outbox);
        var skip = alreadyTold.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var enrollment in Seats.OfTraining(db, training.Id))
        {
            if (skip.Contains(enrollment.Id))
            {
                continue;
            }

            if (enrollment.HoldsSeat)
            {
                if (change.StartMoved)
                {
                    NoticeRules.Rearm(training, enrollment, now);
                    enrollments.Update(enrollment);
                }

                outbox.Insert(TrainingNotices.ToOutbox(enrollment, notices.Changed(training, enrollment, now), now));
                told.Add(enrollment);
            }
            else if (enrollment.Status == EnrollmentStatus.Waiting && change.Time)
            {
                outbox.Insert(TrainingNotices.ToOutbox(enrollment, notices.ChangedForWaiting(training, enrollment), now));
                told.Add(enrollment);
            }
        }

        return told;
    }
}
