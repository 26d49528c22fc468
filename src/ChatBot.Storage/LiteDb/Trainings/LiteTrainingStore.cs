using ChatBot.Core.Trainings;
using LiteDB;

namespace ChatBot.Storage.LiteDb.Trainings;

/// <summary>
/// Trainings and enrollments (collections <c>trainings</c>, <c>enrollments</c>). LiteDB transactions alone do not stop
/// two threads from both reading "one seat left" and both taking it; every change runs in
/// <see cref="ChatBotDatabase.InTransaction"/>, whose single writer makes them one after another (the file is opened
/// by one process only). The PostgreSQL store, shared by several hosts, locks the training's row instead
/// (<c>PgTrainingStore</c>).
/// </summary>
public sealed class LiteTrainingStore(ChatBotDatabase database) : ITrainingStore
{
    private const string FilledMarker = "trainings_seeded";

    private LiteDatabase Db => database.Database;

    public Training? FindTraining(string trainingId) => Db.GetCollection<Training>(Collections.Trainings).FindById(trainingId);

    public IReadOnlyList<Training> AllTrainings() => Db.GetCollection<Training>(Collections.Trainings).FindAll().ToList();

    public Enrollment? FindEnrollment(string enrollmentId) => Db.GetCollection<Enrollment>(Collections.Enrollments).FindById(enrollmentId);

    public IReadOnlyList<Enrollment> EnrollmentsOfConversation(string conversationId) =>
        Db.GetCollection<Enrollment>(Collections.Enrollments).Find(e => e.ConversationId == conversationId).ToList();

    public IReadOnlyList<Enrollment> EnrollmentsOfTraining(string trainingId) => new Ledger(Db).OfTraining(trainingId);

    public IReadOnlyList<Enrollment> AllEnrollments() => Db.GetCollection<Enrollment>(Collections.Enrollments).FindAll().ToList();

    public bool CatalogueWasFilled() => Db.GetCollection(Collections.Meta).FindById(FilledMarker) is not null;

    public T Change<T>(Func<ISeatLedger, T> work)
    {
        T result = default!;
        database.InTransaction(db => result = work(new Ledger(db)));
        return result;
    }

    /// <summary>The collections as one transaction sees them; LiteDB's transaction belongs to the calling thread.</summary>
    private sealed class Ledger(LiteDatabase db) : ISeatLedger
    {
        private ILiteCollection<Training> Trainings => db.GetCollection<Training>(Collections.Trainings);

        private ILiteCollection<Enrollment> Enrollments => db.GetCollection<Enrollment>(Collections.Enrollments);

        public Training? Training(string trainingId) => Trainings.FindById(trainingId);

        public IReadOnlyList<Training> NotCancelledStartingAfter(DateTimeOffset after) =>
            Trainings.Find(t => t.StartsAt > after && t.Status != TrainingStatus.Cancelled).ToList();

        public Enrollment? Enrollment(string enrollmentId) => Enrollments.FindById(enrollmentId);

        public IReadOnlyList<Enrollment> OfTraining(string trainingId) =>
            Enrollments.Find(e => e.TrainingId == trainingId).OrderBy(e => e.Number).ToList();

        public long NextNumber()
        {
            var last = Enrollments.Query().OrderByDescending(e => e.Number).Limit(1).ToList();
            return last is [var enrollment] ? enrollment.Number + 1 : 1;
        }

        public bool Save(Training training) => Trainings.Upsert(training);

        public void Save(Enrollment enrollment) => Enrollments.Upsert(enrollment);

        public void Queue(Core.Conversations.OutboxItem item) => db.GetCollection<Core.Conversations.OutboxItem>(Collections.Outbox).Insert(item);

        public void MarkCatalogueFilled(DateTimeOffset at) =>
            db.GetCollection(Collections.Meta).Upsert(new BsonDocument { ["_id"] = FilledMarker, ["at"] = at.UtcDateTime });
    }
}
