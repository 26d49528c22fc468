using ChatBot.Core.Conversations;
using ChatBot.Core.Trainings;
using LiteDB;

namespace ChatBot.Storage.PostgreSql;

/// <summary>
/// Trainings and enrollments (tables <c>trainings</c>, <c>enrollments</c>). A change is one transaction, and every
/// decision about seats rests on the training's row, locked (<c>for update</c>) before its enrollments are read: two
/// hosts enrolling into the last seat take turns on that row, and the second sees the first one's enrollment, so the
/// last seat is never given twice (docs/postgresql.md). Changes of different trainings run side by side.
/// </summary>
public sealed class PgTrainingStore(PgDatabase database) : ITrainingStore
{
    private const string FilledMarker = "trainings_seeded";

    // The row whose lock numbers enrollments one after another across hosts.
    private const string NumberLock = "enrollment_numbers";

    private PgTables Tables => database.Tables;

    public Training? FindTraining(string trainingId) => Tables.Trainings.FindById(trainingId);

    public IReadOnlyList<Training> AllTrainings() => Tables.Trainings.Find("order by id");

    public Enrollment? FindEnrollment(string enrollmentId) => Tables.Enrollments.FindById(enrollmentId);

    public IReadOnlyList<Enrollment> EnrollmentsOfConversation(string conversationId) =>
        Tables.Enrollments.Find("where conversation_id = @c order by id", ("c", conversationId));

    public IReadOnlyList<Enrollment> EnrollmentsOfTraining(string trainingId) =>
        Tables.Enrollments.Find("where training_id = @t order by number, id", ("t", trainingId));

    public IReadOnlyList<Enrollment> AllEnrollments() => Tables.Enrollments.Find("order by id");

    public bool CatalogueWasFilled() => Tables.Meta.FindById(FilledMarker) is not null;

    public T Change<T>(Func<ISeatLedger, T> work) => database.InTransaction(_ => work(new Ledger(this)));

    private T Run<T>(Func<PgSession, T> work) => database.Run(work);

    /// <summary>The tables as the change's transaction sees them: the store's calls made inside it join it.</summary>
    private sealed class Ledger(PgTrainingStore store) : ISeatLedger
    {
        private PgTables Tables => store.Tables;

        public Training? Training(string trainingId) =>
            Tables.Trainings.Find("where id = @id for update", ("id", trainingId)).FirstOrDefault();

        // Locked in the order of their ids, so two rounds of the scheduler on two hosts cannot wait for each other.
        public IReadOnlyList<Training> NotCancelledStartingAfter(DateTimeOffset after) => Tables.Trainings.Find(
            "where starts_at > @after and status <> @cancelled order by id for update",
            ("after", after), ("cancelled", nameof(TrainingStatus.Cancelled)));

        // The training's row first, as every other read of seats: a cancellation read before it could free a seat twice.
        public Enrollment? Enrollment(string enrollmentId)
        {
            Tables.Trainings.Execute(
                "select 1 from {0} where id = (select training_id from enrollments where id = @e) for update", ("e", enrollmentId));
            return Tables.Enrollments.FindById(enrollmentId);
        }

        public IReadOnlyList<Enrollment> OfTraining(string trainingId)
        {
            Tables.Trainings.Execute("select 1 from {0} where id = @t for update", ("t", trainingId));
            return store.EnrollmentsOfTraining(trainingId);
        }

        // One more than the highest, read under a row lock held to the commit: the next enrollment on any host waits
        // for this one to land, and then counts it.
        public long NextNumber()
        {
            Tables.Meta.InsertIfNew(new BsonDocument { ["_id"] = NumberLock });
            Tables.Meta.Execute("select 1 from {0} where id = @id for update", ("id", NumberLock));
            return store.Run(session =>
            {
                using var command = session.Command("select coalesce(max(number), 0) + 1 from enrollments");
                return (long)command.ExecuteScalar()!;
            });
        }

        public bool Save(Training training)
        {
            if (Tables.Trainings.InsertIfNew(training))
            {
                return true;
            }

            Tables.Trainings.Update(training);
            return false;
        }

        public void Save(Enrollment enrollment) => Tables.Enrollments.Upsert(enrollment);

        public void Queue(OutboxItem item) => Tables.Outbox.Insert(item);

        public void MarkCatalogueFilled(DateTimeOffset at) =>
            Tables.Meta.Upsert(new BsonDocument { ["_id"] = FilledMarker, ["at"] = at.UtcDateTime });
    }
}
