using ChatBot.Core.Conversations;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Operators;
using ChatBot.Core.Privacy;
using ChatBot.Core.Trainings;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// A <see cref="Retention"/> in one transaction, looked up through the time indexes of <see cref="Collections"/>, then
/// a checkpoint so that the log keeps no earlier version of an anonymised page (docs/privacy.md). Records are picked by
/// their times only, never by a personal field, and a personal field is tested in code after reading.
/// </summary>
public sealed class LiteRetentionStore(ChatBotDatabase database) : IRetentionStore
{
    public RetentionCounts Apply(Retention retention)
    {
        RetentionCounts counts = new(new Dictionary<PersonalRecord, int>(), 0);
        database.InTransaction(db =>
        {
            var records = retention.Before.ToDictionary(cut => cut.Key, cut => Apply(db, retention, cut.Key, cut.Value));
            var idle = retention.IdleConversationsBefore is { } idleBefore ? ClearIdle(db, idleBefore) : 0;
            counts = new RetentionCounts(records, idle);
            if (counts.Total > 0)
            {
                database.CheckpointAfterCommit();
            }
        });
        return counts;
    }

    private static int Apply(LiteDatabase db, Retention retention, PersonalRecord kind, DateTimeOffset before) => kind switch
    {
        PersonalRecord.Transcript => db.GetCollection<TranscriptEntry>(Collections.Transcript).DeleteMany(t => t.At < before),
        PersonalRecord.UnansweredQuestions => db.GetCollection<UnansweredQuestion>(Collections.Unanswered).DeleteMany(u => u.At < before),
        PersonalRecord.OperatorNotes => db.GetCollection<OperatorNote>(Collections.OperatorNotes).DeleteMany(n => n.At < before),
        PersonalRecord.FlowContacts => db.GetCollection<FlowContact>(Collections.FlowContacts).DeleteMany(c => c.At < before),
        PersonalRecord.Outbox => db.GetCollection<OutboxItem>(Collections.Outbox)
            .DeleteMany(o => o.CreatedAt < before && (o.DeliveredAt != null || o.DroppedAt != null)),

        // In LiteDB's order null is less than every time: an open handoff (no end yet) is left out by name.
        PersonalRecord.HandoffQuestions => Redact<HandoffRecord>(
            db, Collections.Handoffs, h => h.EndedAt != null && h.EndedAt < before, h => h.Question is not null, h => h.Question = null),
        PersonalRecord.AuditDetails => Redact<AuditEntry>(
            db, Collections.OperatorAudit, e => e.At < before, e => e.Detail is not null, e => e.Detail = null),
        PersonalRecord.Trainee => DeleteTrainees(db, retention, before),
        _ => throw new NotSupportedException($"the LiteDB store cannot anonymise {kind}"),
    };

    private static int Redact<T>(
        LiteDatabase db, string collection, System.Linq.Expressions.Expression<Func<T, bool>> older, Func<T, bool> holds, Action<T> redact)
    {
        var records = db.GetCollection<T>(collection);
        var count = 0;
        foreach (var record in records.Find(older).Where(holds).ToList())
        {
            redact(record);
            records.Update(record);
            count++;
        }

        return count;
    }

    // Trainees are few (one per person who enrolled); each is weighed against the trainings of its enrollments.
    private static int DeleteTrainees(LiteDatabase db, Retention retention, DateTimeOffset before)
    {
        var trainees = db.GetCollection<Trainee>(Collections.Trainees);
        var enrollments = db.GetCollection<Enrollment>(Collections.Enrollments);
        var trainings = db.GetCollection<Training>(Collections.Trainings);
        var due = trainees.Find(t => t.UpdatedAt < before).ToList().Where(trainee => retention.TraineeIsDue(
            trainee,
            enrollments.Find(e => e.ConversationId == trainee.ConversationId).ToList()
                .Select(e => trainings.FindById(e.TrainingId)).OfType<Training>().Select(t => t.EndsAt)));
        return due.ToList().Count(trainee => trainees.Delete(trainee.ConversationId));
    }

    private static int ClearIdle(LiteDatabase db, DateTimeOffset before)
    {
        var conversations = db.GetCollection<Conversation>(Collections.Conversations);
        var cleared = conversations.Find(c => c.UpdatedAt < before).ToList().Where(Retention.ClearIdleState).ToList();
        foreach (var conversation in cleared)
        {
            conversations.Update(conversation);
        }

        return cleared.Count;
    }
}
