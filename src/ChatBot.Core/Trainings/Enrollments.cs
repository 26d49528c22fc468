using ChatBot.Core.Conversations;

namespace ChatBot.Core.Trainings;

/// <summary>
/// Enrolment, the waiting list, cancellation, feedback and attendance: every rule here, every change of seats one
/// <see cref="ITrainingStore.Change{T}"/>, and the people told outside their own turn woken afterwards.
/// </summary>
public sealed class Enrollments(ITrainingStore store, TrainingNotices notices, IConversationNotifier notifier) : IEnrollments
{
    public EnrollResult Enroll(EnrollRequest request) => store.Change(ledger =>
    {
        if (ledger.Training(request.TrainingId) is not { } training)
        {
            return new EnrollResult(EnrollOutcome.NotFound);
        }

        var ofTraining = ledger.OfTraining(training.Id);
        var existing = ofTraining.FirstOrDefault(e =>
            e.ConversationId == request.ConversationId && e.Status is EnrollmentStatus.Enrolled or EnrollmentStatus.Waiting);
        if (existing is not null)
        {
            return new EnrollResult(EnrollOutcome.AlreadyEnrolled, existing, SeatRules.PositionOf(ofTraining, existing));
        }

        if (!training.TakesEnrollments(request.Now))
        {
            return new EnrollResult(EnrollOutcome.RegistrationClosed);
        }

        var full = SeatRules.Held(ofTraining) >= training.Capacity;
        if (full && !request.JoinWaitingList)
        {
            return new EnrollResult(EnrollOutcome.Full);
        }

        var enrollment = new Enrollment
        {
            Id = Guid.NewGuid().ToString("N"),
            Number = ledger.NextNumber(),
            TrainingId = training.Id,
            ConversationId = request.ConversationId,
            Channel = request.Channel,
            ChatId = request.ChatId,
            Language = request.Language,
            Status = full ? EnrollmentStatus.Waiting : EnrollmentStatus.Enrolled,
            CreatedAt = request.Now,
        };
        ledger.Save(enrollment);
        return full
            ? new EnrollResult(EnrollOutcome.Waiting, enrollment, SeatRules.PositionOf([.. ofTraining, enrollment], enrollment))
            : new EnrollResult(EnrollOutcome.Enrolled, enrollment);
    });

    public CancelResult Cancel(string enrollmentId, DateTimeOffset now)
    {
        var result = store.Change(ledger => Cancel(ledger, enrollmentId, now));
        if (result.Promoted is { } promoted)
        {
            notifier.Notify(promoted.ConversationId);
        }

        return result;
    }

    private CancelResult Cancel(ISeatLedger ledger, string enrollmentId, DateTimeOffset now)
    {
        if (ledger.Enrollment(enrollmentId) is not { } enrollment)
        {
            return new CancelResult(CancelOutcome.NotFound);
        }

        if (enrollment.Status == EnrollmentStatus.Cancelled)
        {
            return new CancelResult(CancelOutcome.AlreadyCancelled, enrollment);
        }

        var training = ledger.Training(enrollment.TrainingId);
        if (enrollment.Status is EnrollmentStatus.Attended or EnrollmentStatus.NoShow || training is null || now >= training.StartsAt)
        {
            return new CancelResult(CancelOutcome.TooLate, enrollment);
        }

        var freesSeat = enrollment.Status == EnrollmentStatus.Enrolled;
        enrollment.Status = EnrollmentStatus.Cancelled;
        enrollment.CancelledAt = now;
        ledger.Save(enrollment);
        var promoted = freesSeat ? SeatRules.PromoteWaiting(ledger, training, notices, now).FirstOrDefault() : null;
        return new CancelResult(CancelOutcome.Cancelled, enrollment, promoted);
    }

    public IReadOnlyList<Enrollment> OfConversation(string conversationId) =>
        store.EnrollmentsOfConversation(conversationId)
            .Select(e => (Enrollment: e, Starts: store.FindTraining(e.TrainingId)?.StartsAt ?? DateTimeOffset.MaxValue))
            .OrderBy(p => p.Starts)
            .ThenBy(p => p.Enrollment.Number)
            .Select(p => p.Enrollment)
            .ToList();

    public Enrollment? Find(string enrollmentId) => store.FindEnrollment(enrollmentId);

    public bool RecordFeedback(string enrollmentId, int score, DateTimeOffset now) => store.Change(ledger =>
    {
        // Only someone who held a seat can say how the training was.
        if (score is < 1 or > 5 || ledger.Enrollment(enrollmentId) is not { HoldsSeat: true } enrollment)
        {
            return false;
        }

        enrollment.FeedbackScore = score;
        ledger.Save(enrollment);
        return true;
    });

    /// <summary>The 1-based place of a waiting enrollment in its list; null for any other status.</summary>
    public int? WaitingPosition(Enrollment enrollment) =>
        SeatRules.PositionOf(store.EnrollmentsOfTraining(enrollment.TrainingId), enrollment);

    /// <summary>Every enrollment of a training, first come first, for admins.</summary>
    public IReadOnlyList<Enrollment> OfTraining(string trainingId) => store.EnrollmentsOfTraining(trainingId);

    /// <summary>Every enrollment, for the numbers.</summary>
    public IReadOnlyList<Enrollment> All() => store.AllEnrollments();

    /// <summary>
    /// Marks whether a person came. Only seats count (enrolled, or marked before and corrected now); waiting and
    /// cancelled enrollments are refused.
    /// </summary>
    public AttendanceOutcome MarkAttendance(string enrollmentId, bool attended, DateTimeOffset now) => store.Change(ledger =>
    {
        if (ledger.Enrollment(enrollmentId) is not { } enrollment)
        {
            return AttendanceOutcome.NotFound;
        }

        if (!enrollment.HoldsSeat)
        {
            return AttendanceOutcome.NoSeat;
        }

        if (ledger.Training(enrollment.TrainingId) is not { } training || now < training.StartsAt)
        {
            return AttendanceOutcome.NotStarted;
        }

        enrollment.Status = attended ? EnrollmentStatus.Attended : EnrollmentStatus.NoShow;
        enrollment.AttendanceMarkedAt = now;
        ledger.Save(enrollment);
        return AttendanceOutcome.Marked;
    });
}
