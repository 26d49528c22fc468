namespace ChatBot.Core.Trainings;

/// <summary>
/// Open takes enrollments; Closed keeps its enrollments but takes no new ones; Cancelled will not take place;
/// Held took place (attendance can be marked).
/// </summary>
public enum TrainingStatus
{
    Open,
    Closed,
    Cancelled,
    Held,
}
