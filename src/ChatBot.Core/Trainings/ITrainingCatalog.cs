namespace ChatBot.Core.Trainings;

/// <summary>The catalogue as the conversation reads it.</summary>
public interface ITrainingCatalog
{
    /// <summary>Trainings that still take enrollments at <paramref name="now"/>, soonest first, optionally filtered.</summary>
    IReadOnlyList<Training> Upcoming(DateTimeOffset now, TrainingFormat? format = null, string? topic = null);

    Training? Find(string id);

    /// <summary>Capacity minus the seats held; never negative.</summary>
    int SeatsLeft(string trainingId);

    /// <summary>The topics of the upcoming trainings, for filter buttons.</summary>
    IReadOnlyList<TrainingTopic> Topics(DateTimeOffset now);
}
