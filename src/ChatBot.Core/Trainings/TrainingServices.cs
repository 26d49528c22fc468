namespace ChatBot.Core.Trainings;

/// <summary>What the engine needs for trainings: the catalogue, the seats and the people's details.</summary>
public sealed record TrainingServices(ITrainingCatalog Catalog, IEnrollments Enrollments, ITrainees Trainees);
