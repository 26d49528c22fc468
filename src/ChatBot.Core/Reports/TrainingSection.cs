namespace ChatBot.Core.Reports;

/// <summary>
/// Trainings that started in the period and were held (not cancelled, over), the people in them, and unique trainees
/// (people who attended, one per ИИН) against the yearly and the contract's targets.
/// </summary>
public sealed record TrainingSection(
    int Held,
    IReadOnlyList<KeyCount> HeldByFormat,
    int Enrolled,
    int Attended,
    int NoShows,
    int UniqueTrainees,
    TargetProgress Year,
    TargetProgress Contract,
    int OnWaitingLists,
    int PromotedFromWaitingLists);
