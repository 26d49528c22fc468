namespace ChatBot.Core.Trainings;

/// <summary>
/// Trainings and enrollments. Reads outside a change see what is committed; every change of seats runs in
/// <see cref="Change{T}"/>, one at a time, so that two people never both take the last seat.
/// </summary>
public interface ITrainingStore
{
    Training? FindTraining(string trainingId);

    /// <summary>Every training, in no particular order.</summary>
    IReadOnlyList<Training> AllTrainings();

    Enrollment? FindEnrollment(string enrollmentId);

    IReadOnlyList<Enrollment> EnrollmentsOfConversation(string conversationId);

    /// <summary>Every enrollment of a training, first come first.</summary>
    IReadOnlyList<Enrollment> EnrollmentsOfTraining(string trainingId);

    IReadOnlyList<Enrollment> AllEnrollments();

    /// <summary>Whether the catalogue was ever filled (<see cref="ISeatLedger.MarkCatalogueFilled"/>).</summary>
    bool CatalogueWasFilled();

    /// <summary>Runs <paramref name="work"/> in one transaction, after every other change and before the next.</summary>
    T Change<T>(Func<ISeatLedger, T> work);
}
