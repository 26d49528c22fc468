namespace ChatBot.Core.Applications;

/// <summary>
/// The applications of a period, for the reports (docs/applications.md): counts by kind and by status, time to the
/// first response and to the answer in business hours (median and 90th percentile), how many are or were late,
/// and the satisfaction answers.
/// </summary>
public sealed record ApplicationFigures(
    int Submitted,
    IReadOnlyDictionary<string, int> ByKind,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> ByKindAndStatus,
    DurationFigures FirstResponseHours,
    DurationFigures AnswerHours,
    int Overdue,
    int OverdueOpen,
    SatisfactionFigures Satisfaction);

/// <summary>Business hours over the applications that have the moment measured; null figures when none has.</summary>
public sealed record DurationFigures(int Count, double? Median, double? P90);

/// <summary>Ratings 1–5: how many, their average, and how many of each.</summary>
public sealed record SatisfactionFigures(int Asked, int Answered, double? Average, IReadOnlyDictionary<int, int> Scores);
