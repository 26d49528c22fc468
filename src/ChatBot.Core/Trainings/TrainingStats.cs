namespace ChatBot.Core.Trainings;

/// <summary>
/// The numbers of a period (a year, 2026, or a month, 2026-03, in Almaty time) for the reports: what was held,
/// who came, and how far the unique trainees are from the yearly target.
/// </summary>
public sealed record TrainingStats(
    string Period,
    int Target,
    int TrainingsHeld,
    IReadOnlyDictionary<string, int> HeldByFormat,
    int TrainingsCancelled,
    int TrainingsUpcoming,
    int Enrolled,
    int Attended,
    int NoShows,
    int NotMarked,
    int UniqueTrainees,
    double TargetPercent,
    int WaitingNow,
    int PromotedFromWaitingList,
    int CancelledByPeople,
    int FeedbackAnswers,
    double? FeedbackAverage);
