using ChatBot.Core.Conversations;
using ChatBot.Core.Trainings;

namespace ChatBot.Testing.InMemory;

/// <summary>The trainings, seats and outbox as one transaction's tables hold them.</summary>
internal sealed class InMemorySeatLedger(Tables tables) : ISeatLedger
{
    public Training? Training(string trainingId) => tables.Trainings.Find(trainingId);

    public IReadOnlyList<Training> NotCancelledStartingAfter(DateTimeOffset after) =>
        tables.Trainings.All().Where(t => t.StartsAt > after && t.Status != TrainingStatus.Cancelled).ToList();

    public Enrollment? Enrollment(string enrollmentId) => tables.Enrollments.Find(enrollmentId);

    public IReadOnlyList<Enrollment> OfTraining(string trainingId) =>
        tables.Enrollments.All().Where(e => tables.Collation.Equals(e.TrainingId, trainingId)).OrderBy(e => e.Number).ToList();

    public long NextNumber() => tables.Enrollments.All().Select(e => e.Number).DefaultIfEmpty(0).Max() + 1;

    public bool Save(Training training) => tables.Trainings.Upsert(training);

    public void Save(Enrollment enrollment) => tables.Enrollments.Upsert(enrollment);

    public void Queue(OutboxItem item) => tables.Outbox.Insert(item);

    public void MarkCatalogueFilled(DateTimeOffset at) => tables.CatalogueFilledAt = at;
}
