using ChatBot.Core.Conversations;
using ChatBot.Core.Trainings;

namespace ChatBot.Tests.Contracts;

/// <summary>
/// A training store whose changes pause after every read of the ledger: changes that did not run one at a time would
/// then overlap for certain, and two of them would see the same free seat.
/// </summary>
internal sealed class PausingTrainingStore(ITrainingStore inner) : ITrainingStore
{
    public Training? FindTraining(string trainingId) => inner.FindTraining(trainingId);

    public IReadOnlyList<Training> AllTrainings() => inner.AllTrainings();

    public Enrollment? FindEnrollment(string enrollmentId) => inner.FindEnrollment(enrollmentId);

    public IReadOnlyList<Enrollment> EnrollmentsOfConversation(string conversationId) => inner.EnrollmentsOfConversation(conversationId);

    public IReadOnlyList<Enrollment> EnrollmentsOfTraining(string trainingId) => inner.EnrollmentsOfTraining(trainingId);

    public IReadOnlyList<Enrollment> AllEnrollments() => inner.AllEnrollments();

    public bool CatalogueWasFilled() => inner.CatalogueWasFilled();

    public T Change<T>(Func<ISeatLedger, T> work) => inner.Change(ledger => work(new PausingLedger(ledger)));

    private sealed class PausingLedger(ISeatLedger inner) : ISeatLedger
    {
        public Training? Training(string trainingId) => Paused(inner.Training(trainingId));

        public IReadOnlyList<Training> NotCancelledStartingAfter(DateTimeOffset after) => Paused(inner.NotCancelledStartingAfter(after));

        public Enrollment? Enrollment(string enrollmentId) => Paused(inner.Enrollment(enrollmentId));

        public IReadOnlyList<Enrollment> OfTraining(string trainingId) => Paused(inner.OfTraining(trainingId));

        public long NextNumber() => Paused(inner.NextNumber());

        public bool Save(Training training) => inner.Save(training);

        public void Save(Enrollment enrollment) => inner.Save(enrollment);

        public void Queue(OutboxItem item) => inner.Queue(item);

        public void MarkCatalogueFilled(DateTimeOffset at) => inner.MarkCatalogueFilled(at);

        private static T Paused<T>(T read)
        {
            Thread.Sleep(2);
            return read;
        }
    }
}
