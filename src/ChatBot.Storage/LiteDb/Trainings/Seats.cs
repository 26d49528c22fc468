using ChatBot.Core.Conversations;
using ChatBot.Core.Trainings;
using LiteDB;

namespace ChatBot.Storage.LiteDb.Trainings;

/// <summary>
/// Counting and changing seats. LiteDB transactions alone do not stop two threads from both reading "one seat left"
/// and both taking it; every change of seats runs in <see cref="ChatBotDatabase.InTransaction"/>, whose single
/// writer makes such transactions one after another (the file is opened by one process only). A server database
/// would use a row lock or a conditional update instead.
/// </summary>
internal static class Seats
{
    public static int Held(LiteDatabase db, string trainingId) =>
        db.GetCollection<Enrollment>(Collections.Enrollments)
            .Find(e => e.TrainingId == trainingId)
            .Count(e => e.HoldsSeat);

    /// <summary>Every enrollment of a training, first come first.</summary>
    public static IReadOnlyList<Enrollment> OfTraining(LiteDatabase db, string trainingId) =>
        db.GetCollection<Enrollment>(Collections.Enrollments)
            .Find(e => e.TrainingId == trainingId)
            .OrderBy(e => e.Number)
            .ToList();

    /// <summary>The waiting list of a training, first come first.</summary>
    public static IReadOnlyList<Enrollment> Waiting(LiteDatabase db, string trainingId) =>
        db.GetCollection<Enrollment>(Collections.Enrollments)
            .Find(e => e.TrainingId == trainingId && e.Status == EnrollmentStatus.Waiting)
            .OrderBy(e => e.Number)
            .ToList();

    public static long NextNumber(LiteDatabase db)
    {
        var last = db.GetCollection<Enrollment>(Collections.Enrollments).Query().OrderByDescending(e => e.Number).Limit(1).ToList();
        return last is [var enrollment] ? enrollment.Number + 1 : 1;
    }

    /// <summary>
    /// Gives free seats to the people waiting, first come first, each told through the outbox: after a cancellation,
    /// or when an admin raises the capacity. Nobody is promoted into a training that is not open or has started.
    /// </summary>
    public static List<Enrollment> PromoteWaiting(LiteDatabase db, Training training, TrainingNotices notices, DateTimeOffset now)
    {
        var promoted = new List<Enrollment>();
        if (training.Status != TrainingStatus.Open || now >= training.StartsAt)
        {
            return promoted;
        }

        var free = training.Capacity - Held(db, training.Id);
        var enrollments = db.GetCollection<Enrollment>(Collections.Enrollments);
        foreach (var waiting in Waiting(db, training.Id).Take(Math.Max(0, free)))
        {
            waiting.Status = EnrollmentStatus.Enrolled;
            waiting.PromotedAt = now;
            enrollments.Update(waiting);
            db.GetCollection<OutboxItem>(Collections.Outbox).Insert(TrainingNotices.ToOutbox(waiting, notices.Promoted(training, waiting), now));
            promoted.Add(waiting);
        }

        return promoted;
    }

    /// <summary>Gives up every seat and waiting place of a cancelled training, each person told through the outbox.</summary>
    public static List<Enrollment> ReleaseAll(LiteDatabase db, Training training, TrainingNotices notices, DateTimeOffset now)
    {
        var told = new List<Enrollment>();
        var enrollments = db.GetCollection<Enrollment>(Collections.Enrollments);
        foreach (var enrollment in OfTraining(db, training.Id))
        {
            if (enrollment.Status is not (EnrollmentStatus.Enrolled or EnrollmentStatus.Waiting))
            {
                continue;
            }

            enrollment.Status = EnrollmentStatus.Cancelled;
            enrollment.CancelledAt = now;
            enrollments.Update(enrollment);
            db.GetCollection<OutboxItem>(Collections.Outbox).Insert(TrainingNotices.ToOutbox(enrollment, notices.TrainingCancelled(training, enrollment), now));
            told.Add(enrollment);
        }

        return told;
    }
}
