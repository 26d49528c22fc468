namespace ChatBot.Core.Privacy;

/// <summary>
/// Applies a <see cref="Retention"/> to everything stored, in transactions of a bounded size (a store may take it all
/// at once), each followed by what /forget does to move the change out of the log, so that what was anonymised leaves
/// the file. A failure leaves the batches before it applied and the rest for the next run. For each kind the retention
/// names, "older than its instant" means:
/// <list type="bullet">
/// <item><see cref="PersonalRecord.Transcript"/>, <see cref="PersonalRecord.UnansweredQuestions"/>,
/// <see cref="PersonalRecord.OperatorNotes"/>, <see cref="PersonalRecord.FlowContacts"/>: written before it; deleted.</item>
/// <item><see cref="PersonalRecord.Outbox"/>: created before it and delivered or dropped; deleted. A waiting item stays.</item>
/// <item><see cref="PersonalRecord.HandoffQuestions"/>: a handoff ended before it; its question removed.</item>
/// <item><see cref="PersonalRecord.AuditDetails"/>: an entry made before it; its detail removed.</item>
/// <item><see cref="PersonalRecord.Trainee"/>: a record <see cref="Retention.TraineeIsDue"/> says goes; deleted, its
/// enrollments stay.</item>
/// </list>
/// A conversation last changed before <see cref="Retention.IdleConversationsBefore"/> is cleared by
/// <see cref="Retention.ClearIdleState"/>. Analytics events, enrollments, anonymous responses and participations stay.
/// </summary>
public interface IRetentionStore
{
    /// <summary>Applies it; the counts name every kind the retention named, 0 included.</summary>
    RetentionCounts Apply(Retention retention);
}
