using ChatBot.Core.Messages;

namespace ChatBot.Core.Trainings;

/// <summary>
/// One conversation's place in one training (or on its waiting list). It carries no personal data: that is the
/// <see cref="Trainee"/>, erased on /forget; the enrollment stays for the numbers.
/// </summary>
public sealed class Enrollment
{
    public string Id { get; set; } = "";

    /// <summary>1, 2, 3... in the order enrollments were made: the order of a waiting list, also for equal times.</summary>
    public long Number { get; set; }

    public string TrainingId { get; set; } = "";

    public string ConversationId { get; set; } = "";

    public string Channel { get; set; } = "";

    public string ChatId { get; set; } = "";

    /// <summary>Reminders and notices go out in this language.</summary>
    public Language Language { get; set; }

    public EnrollmentStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When a waiting person got a seat.</summary>
    public DateTimeOffset? PromotedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public DateTimeOffset? DayReminderSentAt { get; set; }

    public DateTimeOffset? HourReminderSentAt { get; set; }

    public DateTimeOffset? FeedbackRequestedAt { get; set; }

    /// <summary>The answer to the one feedback question, 1..5.</summary>
    public int? FeedbackScore { get; set; }

    public DateTimeOffset? AttendanceMarkedAt { get; set; }

    /// <summary>Holds a seat (enrolled, or already marked after the training).</summary>
    public bool HoldsSeat => Status is EnrollmentStatus.Enrolled or EnrollmentStatus.Attended or EnrollmentStatus.NoShow;
}
