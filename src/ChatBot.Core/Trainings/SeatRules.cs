using ChatBot.Core.Conversations;

namespace ChatBot.Core.Trainings;

/// <summary>
/// Counting and changing seats, inside one <see cref="ITrainingStore.Change{T}"/>: the rules of the waiting list and
/// of a cancelled training, the same for every store.
/// </summary>
public static class SeatRules
{
    /// <summary>The seats a training's enrollments hold: the one count behind "full" and "seats left".</summary>
    public static int Held(IEnumerable<Enrollment> ofTraining) => ofTraining.Count(e => e.HoldsSeat);

    /// <summary>The waiting list of a training, first come first.</summary>
    public static IReadOnlyList<Enrollment> Waiting(ISeatLedger ledger, string trainingId) =>
        ledger.OfTraining(trainingId).Where(e => e.Status == EnrollmentStatus.Waiting).ToList();

    /// <summary>The 1-based place of a waiting enrollment in its list; null for any other status.</summary>
    public static int? PositionOf(IReadOnlyList<Enrollment> ofTraining, Enrollment enrollment) =>
        enrollment.Status == EnrollmentStatus.Waiting
            ? ofTraining.Where(e => e.Status == EnrollmentStatus.Waiting).Select((e, i) => (e.Id, i)).First(p => p.Id == enrollment.Id).i + 1
            : null;

    /// <summary>
    /// Gives free seats to the people waiting, first come first, each told through the outbox: after a cancellation,
    /// or when an admin raises the capacity. Nobody is promoted into a training that is not open or has started.
    /// </summary>
    public static List<Enrollment> PromoteWaiting(ISeatLedger ledger, Training training, TrainingNotices notices, DateTimeOffset now)
    {
        var promoted = new List<Enrollment>();
        if (training.Status != TrainingStatus.Open || now >= training.StartsAt)
        {
            return promoted;
        }

        var free = training.Capacity - Held(ledger.OfTraining(training.Id));
        foreach (var waiting in Waiting(ledger, training.Id).Take(Math.Max(0, free)))
        {
            waiting.Status = EnrollmentStatus.Enrolled;
            waiting.PromotedAt = now;
            ledger.Save(waiting);
            ledger.Queue(TrainingNotices.ToOutbox(waiting, notices.Promoted(training, waiting), now));
            promoted.Add(waiting);
        }

        return promoted;
    }

    /// <summary>Gives up every seat and waiting place of a cancelled training, each person told through the outbox.</summary>
    public static List<Enrollment> ReleaseAll(ISeatLedger ledger, Training training, TrainingNotices notices, DateTimeOffset now)
    {
        var told = new List<Enrollment>();
        foreach (var enrollment in ledger.OfTraining(training.Id))
        {
            if (enrollment.Status is not (EnrollmentStatus.Enrolled or EnrollmentStatus.Waiting))
            {
                continue;
            }

            enrollment.Status = EnrollmentStatus.Cancelled;
            enrollment.CancelledAt = now;
            ledger.Save(enrollment);
            ledger.Queue(TrainingNotices.ToOutbox(enrollment, notices.TrainingCancelled(training, enrollment), now));
            told.Add(enrollment);
        }

        return told;
    }

    /// <summary>
    /// Tells the people of a training that moved, inside the change that saves the move, so that a crash leaves
    /// neither a move without its notices nor notices twice. Seat holders get the new time, place or link and a fresh
    /// calendar file, and their reminders are due again for a new start; people waiting hear of a new time only.
    /// </summary>
    /// <param name="alreadyTold">People promoted in the same edit: their promotion notice has the new time already.</param>
    public static List<Enrollment> TellChange(
        ISeatLedger ledger, Training training, TrainingChange change, IReadOnlyCollection<Enrollment> alreadyTold, TrainingNotices notices, DateTimeOffset now)
    {
        var told = new List<Enrollment>();
        if (!change.TellsAnyone)
        {
            return told;
        }

        var skip = alreadyTold.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var enrollment in ledger.OfTraining(training.Id))
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
                    ledger.Save(enrollment);
                }

                ledger.Queue(TrainingNotices.ToOutbox(enrollment, notices.Changed(training, enrollment, now), now));
                told.Add(enrollment);
            }
            else if (enrollment.Status == EnrollmentStatus.Waiting && change.Time)
            {
                ledger.Queue(TrainingNotices.ToOutbox(enrollment, notices.ChangedForWaiting(training, enrollment), now));
                told.Add(enrollment);
            }
        }

        return told;
    }
}
