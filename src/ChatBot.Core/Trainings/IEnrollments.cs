namespace ChatBot.Core.Trainings;

/// <summary>Seats, waiting lists and cancellations; each call is one atomic change.</summary>
public interface IEnrollments
{
    /// <summary>Checks the seats and takes one in one step: never more enrolled than seats, however many ask at once.</summary>
    EnrollResult Enroll(EnrollRequest request);

    /// <summary>
    /// Frees the seat and, in the same transaction, gives it to the first waiting person and queues their notice.
    /// Callers check that the enrollment belongs to the conversation asking.
    /// </summary>
    CancelResult Cancel(string enrollmentId, DateTimeOffset now);

    /// <summary>The conversation's enrollments of every status, soonest training first.</summary>
    IReadOnlyList<Enrollment> OfConversation(string conversationId);

    Enrollment? Find(string enrollmentId);

    /// <summary>Stores the answer to the feedback question (1..5); false when the enrollment is unknown or held no seat.</summary>
    bool RecordFeedback(string enrollmentId, int score, DateTimeOffset now);
}
