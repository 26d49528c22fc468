using ChatBot.Core.Conversations;

namespace ChatBot.Core.Trainings;

/// <summary>
/// The trainings, seats and outbox as one transaction of <see cref="ITrainingStore.Change{T}"/> sees them: reads see
/// the transaction's own writes, and everything written lands together or not at all. The rules
/// (<see cref="SeatRules"/>) work through it; the store only reads and writes.
/// </summary>
public interface ISeatLedger
{
    Training? Training(string trainingId);

    /// <summary>Trainings starting after <paramref name="after"/> that are not cancelled.</summary>
    IReadOnlyList<Training> NotCancelledStartingAfter(DateTimeOffset after);

    Enrollment? Enrollment(string enrollmentId);

    /// <summary>Every enrollment of a training, first come first (by <see cref="Enrollment.Number"/>).</summary>
    IReadOnlyList<Enrollment> OfTraining(string trainingId);

    /// <summary>The number the next enrollment gets: one more than the highest so far.</summary>
    long NextNumber();

    /// <summary>Inserts or replaces the training; true when it was new.</summary>
    bool Save(Training training);

    /// <summary>Inserts or replaces the enrollment.</summary>
    void Save(Enrollment enrollment);

    void Queue(OutboxItem item);

    /// <summary>Remembers that the catalogue was filled once (seeded or imported), so samples never come back.</summary>
    void MarkCatalogueFilled(DateTimeOffset at);
}
