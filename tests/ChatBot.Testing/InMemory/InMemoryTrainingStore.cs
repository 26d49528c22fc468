using ChatBot.Core.Trainings;

namespace ChatBot.Testing.InMemory;

/// <summary>
/// The twin of <c>LiteTrainingStore</c>. Every change is one transaction of the database, so changes run one after
/// another, see their own writes, and leave nothing when their work throws.
/// </summary>
public sealed class InMemoryTrainingStore(InMemoryDatabase database) : ITrainingStore
{
    public Training? FindTraining(string trainingId) => database.Read(t => t.Trainings.Find(trainingId));

    public IReadOnlyList<Training> AllTrainings() => database.Read(t => t.Trainings.All().ToList());

    public Enrollment? FindEnrollment(string enrollmentId) => database.Read(t => t.Enrollments.Find(enrollmentId));

    public IReadOnlyList<Enrollment> EnrollmentsOfConversation(string conversationId) =>
        database.Read(t => t.Enrollments.All().Where(e => t.Collation.Equals(e.ConversationId, conversationId)).ToList());

    public IReadOnlyList<Enrollment> EnrollmentsOfTraining(string trainingId) => database.Read(t => new InMemorySeatLedger(t).OfTraining(trainingId));

    public IReadOnlyList<Enrollment> AllEnrollments() => database.Read(t => t.Enrollments.All().ToList());

    public bool CatalogueWasFilled() => database.Read(t => t.CatalogueFilledAt is not null);

    public T Change<T>(Func<ISeatLedger, T> work) => database.InTransaction(t => work(new InMemorySeatLedger(t)));
}
