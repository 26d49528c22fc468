using System.Linq.Expressions;
using ChatBot.Core.Applications;
using ChatBot.Core.Conversations;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Operators;
using ChatBot.Core.Privacy;
using ChatBot.Core.Trainings;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// A <see cref="Retention"/> in batches of at most <see cref="BatchSize"/> records, each batch its own transaction
/// followed by a checkpoint, so that the log keeps no earlier version of an anonymised page (docs/privacy.md#retention).
/// A year of backlog in one transaction held the single writer, and so every turn, for 15 s; a batch holds it for
/// milliseconds. Records are found through the time indexes of <see cref="Collections"/>; a personal field is only ever
/// asked whether it is still there.
/// </summary>
public sealed class LiteRetentionStore(ChatBotDatabase database) : IRetentionStore
{
    public const int BatchSize = 1000;

    public RetentionCounts Apply(Retention retention)
    {
        var records = retention.Before.ToDictionary(
            cut => cut.Key,
            cut => cut.Key == PersonalRecord.Trainee ? Batch(db => DeleteTrainees(db, retention, cut.Value)) : InBatches(db => Batch(db, cut.Key, cut.Value)));
        var idle = retention.IdleConversationsBefore is { } idleBefore ? InBatches(db => ClearIdle(db, idleBefore)) : 0;
        return new RetentionCounts(records, idle);
    }

    // Batches until one finds fewer than a full batch: what a batch handled no longer matches its query.
    private int InBatches(Func<LiteDatabase, int> work)
    {
        var total = 0;
        int done;
        do
        {
            done = Batch(work);
            total += done;
        }
        while (done == BatchSize);

        return total;
    }

    private int Batch(Func<LiteDatabase, int> work)
    {
        var done = 0;
        database.InTransaction(db =>
        {
            done = work(db);
            if (done > 0)
            {
                database.CheckpointAfterCommit();
            }
        });
        return done;
    }

    private static int Batch(LiteDatabase db, PersonalRecord kind, DateTimeOffset before) => kind switch
    {
        PersonalRecord.Transcript => Delete<TranscriptEntry>(db, Collections.Transcript, t => t.At < before, t => t.Id),
        PersonalRecord.UnansweredQuestions => Delete<UnansweredQuestion>(db, Collections.Unanswered, u => u.At < before, u => u.Id),
        PersonalRecord.OperatorNotes => Delete<OperatorNote>(db, Collections.OperatorNotes, n => n.At < before, n => n.Id),
        PersonalRecord.FlowContacts => Delete<FlowContact>(db, Collections.FlowContacts, c => c.At < before, c => c.Id),
        PersonalRecord.Outbox => Delete<OutboxItem>(
            db, Collections.Outbox, o => o.CreatedAt < before && (o.DeliveredAt != null || o.DroppedAt != null), o => o.Id),

        // In LiteDB's order null is less than every time: an open handoff (no end yet) is left out by name.
        PersonalRecord.HandoffQuestions => Redact<HandoffRecord>(
            db, Collections.Handoffs, h => h.EndedAt != null && h.EndedAt < before && h.Question != null, h => h.Question = null),
        PersonalRecord.AuditDetails => Redact<AuditEntry>(db, Collections.OperatorAudit, e => e.At < before && e.Detail != null, e => e.Detail = null),

        // A closed application keeps its number, kind, status and times for the reports; an open one keeps everything.
        PersonalRecord.Applications => Redact<Application>(
            db, Collections.Applications, a => a.Status == ApplicationStatus.Closed && a.UpdatedAt < before && a.ErasedAt == null, a => ApplicationErasure.Erase(a, before)),
        _ => throw new NotSupportedException($"the LiteDB store cannot anonymise {kind}"),
    };

    private static int Delete<T>(LiteDatabase db, string collection, Expression<Func<T, bool>> older, Func<T, BsonValue> id)
    {
        var records = db.GetCollection<T>(collection);
        return records.Find(older, limit: BatchSize).Select(id).ToList().Count(records.Delete);
    }

    private static int Redact<T>(LiteDatabase db, string collection, Expression<Func<T, bool>> holding, Action<T> redact)
    {
        var records = db.GetCollection<T>(collection);
        var found = records.Find(holding, limit: BatchSize).ToList();
        foreach (var record in found)
        {
            redact(record);
            records.Update(record);
        }

        return found.Count;
    }

    // Trainees are few (one per person who enrolled): one batch, each weighed against the trainings it enrolled in.
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
        var holding = conversations
            .Find(c => c.UpdatedAt < before && (c.ClarifiedQuestion != null || c.AnsweredQuestion != null || c.LastAnswer != null || c.Flow != null), limit: BatchSize)
            .ToList();
        foreach (var conversation in holding)
        {
            Retention.ClearIdleState(conversation);
            conversations.Update(conversation);
        }

        return holding.Count;
    }
}
