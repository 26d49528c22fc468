using ChatBot.Core.Applications;
using ChatBot.Core.Privacy;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>LiteRetentionStore</c>: the same records picked by their times, in one transaction (memory has no writer to hold up).</summary>
public sealed class InMemoryRetentionStore(InMemoryDatabase database) : IRetentionStore
{
    public RetentionCounts Apply(Retention retention) => database.InTransaction(t =>
    {
        var records = retention.Before.ToDictionary(cut => cut.Key, cut => Apply(t, retention, cut.Key, cut.Value));
        var idle = retention.IdleConversationsBefore is { } idleBefore ? ClearIdle(t, idleBefore) : 0;
        return new RetentionCounts(records, idle);
    });

    private static int Apply(Tables t, Retention retention, PersonalRecord kind, DateTimeOffset before) => kind switch
    {
        PersonalRecord.Transcript => t.Transcript.DeleteWhere(e => e.At < before),
        PersonalRecord.UnansweredQuestions => t.Unanswered.DeleteWhere(u => u.At < before),
        PersonalRecord.OperatorNotes => t.OperatorNotes.DeleteWhere(n => n.At < before),
        PersonalRecord.FlowContacts => t.FlowContacts.DeleteWhere(c => c.At < before),
        PersonalRecord.Outbox => t.Outbox.DeleteWhere(o => o.CreatedAt < before && (o.DeliveredAt is not null || o.DroppedAt is not null)),
        PersonalRecord.HandoffQuestions => Redact(t.Handoffs, h => h.EndedAt < before && h.Question is not null, h => h.Question = null),
        PersonalRecord.AuditDetails => Redact(t.Audit, e => e.At < before && e.Detail is not null, e => e.Detail = null),
        PersonalRecord.Applications => Redact(
            t.Applications, a => a.Status == ApplicationStatus.Closed && a.UpdatedAt < before && a.ErasedAt is null, a => ApplicationErasure.Erase(a, before)),
        PersonalRecord.Trainee => t.Trainees.DeleteWhere(trainee => retention.TraineeIsDue(trainee, TrainingsEnd(t, trainee.ConversationId))),
        _ => throw new NotSupportedException($"the in-memory store cannot anonymise {kind}"),
    };

    private static int Redact<TKey, T>(Table<TKey, T> table, Func<T, bool> due, Action<T> redact)
        where TKey : notnull
        where T : class
    {
        var found = table.All().Where(due).ToList();
        foreach (var record in found)
        {
            redact(record);
            table.Update(record);
        }

        return found.Count;
    }

    private static IEnumerable<DateTimeOffset> TrainingsEnd(Tables t, string conversationId) => t.Enrollments.All()
        .Where(e => t.Collation.Equals(e.ConversationId, conversationId))
        .Select(e => t.Trainings.Find(e.TrainingId)).OfType<Core.Trainings.Training>().Select(training => training.EndsAt)
        .ToList();

    private static int ClearIdle(Tables t, DateTimeOffset before)
    {
        var cleared = t.Conversations.All().Where(c => c.UpdatedAt < before).Where(Retention.ClearIdleState).ToList();
        foreach (var conversation in cleared)
        {
            t.Conversations.Update(conversation);
        }

        return cleared.Count;
    }
}
