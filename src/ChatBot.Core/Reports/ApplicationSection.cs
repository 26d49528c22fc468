namespace ChatBot.Core.Reports;

/// <summary>
/// Applications submitted in the period, as they stand at the time of the report: by kind and by status, business
/// hours to the first response and to the answer, how many are or were late, and the satisfaction answers.
/// </summary>
public sealed record ApplicationSection(
    int Submitted,
    IReadOnlyList<KeyCount> ByKind,
    IReadOnlyList<KeyCount> ByStatus,
    IReadOnlyList<KindStatuses> ByKindAndStatus,
    HoursStats FirstResponse,
    HoursStats Answer,
    int Overdue,
    int OverdueOpen,
    SatisfactionCounts Satisfaction);

/// <summary>One kind's applications by status.</summary>
public sealed record KindStatuses(string Kind, IReadOnlyList<KeyCount> ByStatus);

/// <summary>How many applications have the moment measured, and the median and 90th percentile in business hours.</summary>
public sealed record HoursStats(int Measured, double? MedianHours, double? P90Hours);

/// <summary>The one-tap question after an answer: asked, answered, the average and how many gave each score 1–5.</summary>
public sealed record SatisfactionCounts(int Asked, int Answered, double? Average, IReadOnlyList<KeyCount> Scores);
