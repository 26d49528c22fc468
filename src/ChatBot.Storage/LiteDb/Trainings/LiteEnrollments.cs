using ChatBot.Core.Conversations;
using ChatBot.Core.Trainings;
using LiteDB;

namespace ChatBot.Storage.LiteDb.Trainings;

/// <summary>Enrollments and waiting lists (collection <c>enrollments</c>); every change of seats is atomic.</summary>
public sealed class LiteEnrollments(ChatBotDatabase database, TrainingNotices notices, IConversationNotifier notifier) : IEnrollments
{
    private ILiteCollection<Enrollment> Enrollments => database.Database.GetCollection<Enrollment>(Collections.Enrollments);

    public EnrollResult Enroll(EnrollRequest request)
    {
        EnrollResult result = new(EnrollOutcome.NotFound);
        database.InTransaction(db => result = Enroll(db, request));

        return result;
    }

    private static EnrollResult Enroll(LiteDatabase db, EnrollRequest request)
    {
        if (db.GetCollection<Training>(Collections.Trainings).FindById(request.TrainingId) is not { } training)
        {
            return new EnrollResult(EnrollOutcome.NotFound);
        }

        var enrollments = db.GetCollection<Enrollment>(Collections.Enrollments);
        var existing = enrollments
            .Find(e => e.ConversationId == request.ConversationId && e.TrainingId == request.TrainingId)
            .FirstOrDefault(e => e.Status is EnrollmentStatus.Enrolled or EnrollmentStatus.Waiting);
        if (existing is not null)
        {
            return new EnrollResult(EnrollOutcome.AlreadyEnrolled, existing, PositionOf(db, existing));
        }

        if (!training.TakesEnrollments(request.Now))
        {
            return new EnrollResult(EnrollOutcome.RegistrationClosed);
        }

        var full = Seats.Held(db, training.Id) >= training.Capacity;
        if (full && !request.JoinWaitingList)
        {
            return new EnrollResult(EnrollOutcome.Full);
        }

        var enrollment = new Enrollment
        {
            Id = Guid.NewGuid().ToString("N"),
            Number = Seats.NextNumber(db),
            TrainingId = training.Id,
            ConversationId = request.ConversationId,
            Channel = request.Channel,
            ChatId = request.ChatId,
            Language = request.Language,
            Status = full ? EnrollmentStatus.Waiting : EnrollmentStatus.Enrolled,
            CreatedAt = request.Now,
        };
        enrollments.Insert(enrollment);
        return full
            ? new EnrollResult(EnrollOutcome.Waiting, enrollment, PositionOf(db, enrollment))
            : new EnrollResult(EnrollOutcome.Enrolled, enrollment);
    }

    public CancelResult Cancel(string enrollmentId, DateTimeOffset now)
    {
        CancelResult result = new(CancelOutcome.NotFound);
        database.InTransaction(db => result = Cancel(db, enrollmentId, now));

        if (result.Promoted is { } promoted)
        {
            notifier.Notify(promoted.ConversationId);
        }

        return result;
    }

    private CancelResult Cancel(LiteDatabase db, string enrollmentId, DateTimeOffset now)
    {
        var enrollments = db.GetCollection<Enrollment>(Collections.Enrollments);
        if (enrollments.FindById(enrollmentId) is not { } enrollment)
        {
            return new CancelResult(CancelOutcome.NotFound);
        }

        if (enrollment.Status == EnrollmentStatus.Cancelled)
        {
            return new CancelResult(CancelOutcome.AlreadyCancelled, enrollment);
        }

        var training = db.GetCollection<Training>(Collections.Trainings).FindById(enrollment.TrainingId);
        if (enrollment.Status is EnrollmentStatus.Attended or EnrollmentStatus.NoShow || training is null || now >= training.StartsAt)
        {
            return new CancelResult(CancelOutcome.TooLate, enrollment);
        }

        var freesSeat = enrollment.Status == EnrollmentStatus.Enrolled;
        enrollment.Status = EnrollmentStatus.Cancelled;
        enrollment.CancelledAt = now;
        enrollments.Update(enrollment);
        var promoted = freesSeat ? Seats.PromoteWaiting(db, training, notices, now).FirstOrDefault() : null;
        return new CancelResult(CancelOutcome.Cancelled, enrollment, promoted);
    }

    public IReadOnlyList<Enrollment> OfConversation(string conversationId)
    {
        var trainings = database.Database.GetCollection<Training>(Collections.Trainings);
        return Enrollments
            .Find(e => e.ConversationId == conversationId)
            .Select(e => (Enrollment: e, Starts: trainings.FindById(e.TrainingId)?.StartsAt ?? DateTimeOffset.MaxValue))
            .OrderBy(p => p.Starts)
            .ThenBy(p => p.Enrollment.Number)
            .Select(p => p.Enrollment)
            .ToList();
    }

    public Enrollment? Find(string enrollmentId) => Enrollments.FindById(enrollmentId);

    public bool RecordFeedback(string enrollmentId, int score, DateTimeOffset now)
    {
        // Only someone who held a seat can say how the training was.
        if (score is < 1 or > 5 || Enrollments.FindById(enrollmentId) is not { HoldsSeat: true } enrollment)
        {
            return false;
        }

        enrollment.FeedbackScore = score;
        Enrollments.Update(enrollment);
        return true;
    }

    /// <summary>The 1-based place of a waiting enrollment in its list; null for any other status.</summary>
    public int? WaitingPosition(Enrollment enrollment) => PositionOf(database.Database, enrollment);

    /// <summary>Every enrollment of a training, first come first, for admins.</summary>
    public IReadOnlyList<Enrollment> OfTraining(string trainingId) => Seats.OfTraining(database.Database, trainingId);

    /// <summary>Every enrollment, for the numbers.</summary>
    public IReadOnlyList<Enrollment> All() => Enrollments.FindAll().ToList();

    /// <summary>
    /// Marks whether a person came. Only seats count (enrolled, or marked before and corrected now); waiting and
    /// cancelled enrollments are refused.
    /// </summary>
    public AttendanceOutcome MarkAttendance(string enrollmentId, bool attended, DateTimeOffset now)
    {
        var outcome = AttendanceOutcome.NotFound;
        database.InTransaction(db =>
        {
            var enrollments = db.GetCollection<Enrollment>(Collections.Enrollments);
            if (enrollments.FindById(enrollmentId) is not { } enrollment)
            {
                return;
            }

            var training = db.GetCollection<Training>(Collections.Trainings).FindById(enrollment.TrainingId);
            if (!enrollment.HoldsSeat)
            {
                outcome = AttendanceOutcome.NoSeat;
                return;
            }

            if (training is null || now < training.StartsAt)
            {
                outcome = AttendanceOutcome.NotStarted;
                return;
            }

            enrollment.Status = attended ? EnrollmentStatus.Attended : EnrollmentStatus.NoShow;
            enrollment.AttendanceMarkedAt = now;
            enrollments.Update(enrollment);
            outcome = AttendanceOutcome.Marked;
        });

        return outcome;
    }

    private static int? PositionOf(LiteDatabase db, Enrollment enrollment) =>
        enrollment.Status == EnrollmentStatus.Waiting
            ? Seats.Waiting(db, enrollment.TrainingId).Select((e, i) => (e.Id, i)).First(p => p.Id == enrollment.Id).i + 1
            : null;
}

public enum AttendanceOutcome
{
    Marked,
    NotFound,
    NoSeat,
    NotStarted,
}
