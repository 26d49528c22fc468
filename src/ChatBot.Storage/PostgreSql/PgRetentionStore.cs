using ChatBot.Core.Applications;
using ChatBot.Core.Conversations;
using ChatBot.Core.Privacy;
using ChatBot.Core.Trainings;

namespace ChatBot.Storage.PostgreSql;

/// <summary>
/// A <see cref="Retention"/> in batches of at most <see cref="BatchSize"/> records, each its own transaction, as the
/// LiteDB store does: a turn waits on no long transaction, and a failure keeps the batches before it. Records are
/// found by their key columns (<c>at</c>, <c>created_at</c>, <c>ended_at</c>, <c>updated_at</c>); a personal field is
/// only ever asked whether it is still there (<see cref="Holds"/>). A batch skips the rows another host's batch has
/// locked, so two hosts running it at once share the work instead of waiting on each other.
/// </summary>
public sealed class PgRetentionStore(PgDatabase database) : IRetentionStore
{
    public const int BatchSize = 1000;

    private PgTables Tables => database.Tables;

    public RetentionCounts Apply(Retention retention)
    {
        var records = retention.Before.ToDictionary(
            cut => cut.Key,
            cut => cut.Key == PersonalRecord.Trainee ? DeleteTrainees(retention, cut.Value) : InBatches(() => Batch(cut.Key, cut.Value)));
        var idle = retention.IdleConversationsBefore is { } idleBefore ? InBatches(() => ClearIdle(idleBefore)) : 0;
        return new RetentionCounts(records, idle);
    }

    // Batches until one finds fewer than a full batch: what a batch handled no longer matches its query.
    private static int InBatches(Func<int> batch)
    {
        var total = 0;
        int done;
        do
        {
            done = batch();
            total += done;
        }
        while (done == BatchSize);

        return total;
    }

    private int Batch(PersonalRecord kind, DateTimeOffset before) => kind switch
    {
        PersonalRecord.Transcript => Delete(Tables.Transcript.Table, "at < @before", before),
        PersonalRecord.UnansweredQuestions => Delete(Tables.Unanswered.Table, "at < @before", before),
        PersonalRecord.OperatorNotes => Delete(Tables.OperatorNotes.Table, "at < @before", before),
        PersonalRecord.FlowContacts => Delete(Tables.FlowContacts.Table, "at < @before", before),
        PersonalRecord.Outbox => Delete(Tables.Outbox.Table, "created_at < @before and (delivered_at is not null or dropped_at is not null)", before),

        // An open handoff (no end yet) has a null ended_at, which no comparison matches.
        PersonalRecord.HandoffQuestions => Redact(Tables.Handoffs, $"ended_at < @before and {Holds("Question")}", before, h => h.Question = null),
        PersonalRecord.AuditDetails => Redact(Tables.OperatorAudit, $"at < @before and {Holds("Detail")}", before, e => e.Detail = null),

        // A closed application keeps its number, kind, status and times for the reports; an open one keeps everything.
        PersonalRecord.Applications => Redact(
            Tables.Applications,
            $"doc->>'Status' = '{ApplicationStatus.Closed}' and {TimeOf("UpdatedAt")} < @before and not {Holds("ErasedAt")}",
            before,
            a => ApplicationErasure.Erase(a, before)),
        _ => throw new NotSupportedException($"the PostgreSQL store cannot anonymise {kind}"),
    };

    private int Delete(string table, string due, DateTimeOffset before) => database.InTransaction(session =>
    {
        using var command = session.Command(
            $"delete from {table} where id in (select id from {table} where {due} order by id limit {BatchSize} for update skip locked)");
        command.Parameters.AddWithValue("before", before.ToUniversalTime());
        return command.ExecuteNonQuery();
    });

    private int Redact<T>(PgCollection<T> table, string due, DateTimeOffset before, Action<T> redact) => database.InTransaction(_ =>
    {
        var found = table.Find($"where {due} order by id limit {BatchSize} for update skip locked", ("before", before));
        foreach (var record in found)
        {
            redact(record);
            table.Update(record);
        }

        return found.Count;
    });

    // Trainees are few (one per person who enrolled): one batch, each weighed against the trainings it enrolled in.
    private int DeleteTrainees(Retention retention, DateTimeOffset before) => database.InTransaction(_ =>
    {
        var due = Tables.Trainees.Find($"where {TimeOf("UpdatedAt")} < @before for update skip locked", ("before", before))
            .Where(trainee => retention.TraineeIsDue(trainee, TrainingsEnd(trainee.ConversationId)))
            .ToList();
        return due.Count(trainee => Tables.Trainees.Delete(trainee.ConversationId));
    });

    private IEnumerable<DateTimeOffset> TrainingsEnd(string conversationId) => Tables.Enrollments
        .Find("where conversation_id = @c", ("c", conversationId))
        .Select(e => Tables.Trainings.FindById(e.TrainingId)).OfType<Training>().Select(t => t.EndsAt)
        .ToList();

    private int ClearIdle(DateTimeOffset before) => database.InTransaction(_ =>
    {
        var holding = Tables.Conversations.Find(
            $"where updated_at < @before and ({Holds(nameof(Conversation.ClarifiedQuestion))} or {Holds(nameof(Conversation.AnsweredQuestion))} " +
            $"or {Holds(nameof(Conversation.LastAnswer))} or {Holds(nameof(Conversation.Flow))}) order by id limit {BatchSize} for update skip locked",
            ("before", before));
        foreach (var conversation in holding)
        {
            Retention.ClearIdleState(conversation);
            Tables.Conversations.Update(conversation);
        }

        return holding.Count;
    });

    /// <summary>Whether the record still holds a field: the mapper leaves a null out, and a JSON null counts as none.</summary>
    private static string Holds(string field) => $"coalesce(jsonb_typeof(doc->'{field}'), 'null') <> 'null'";

    /// <summary>A time field of the record, as LiteDB's JSON writes a date (<c>{{"$date": "…"}}</c>).</summary>
    private static string TimeOf(string field) => $"(doc->'{field}'->>'$date')::timestamptz";
}
