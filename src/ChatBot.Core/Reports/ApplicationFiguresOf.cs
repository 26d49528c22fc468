using ChatBot.Core.Applications;

namespace ChatBot.Core.Reports;

/// <summary>
/// The applications' figures (<see cref="IApplicationFigures"/>, the same the console shows) as the report's section:
/// kinds and statuses in their fixed order, every one present.
/// </summary>
internal static class ApplicationFiguresOf
{
    public static ApplicationSection Section(ApplicationFigures f) => new(
        f.Submitted,
        Ordered(f.ByKind, Kinds),
        Ordered(f.ByStatus, ApplicationStatusCodes.All),
        [.. Kinds.Select(k => new KindStatuses(k, Ordered(f.ByKindAndStatus.GetValueOrDefault(k), ApplicationStatusCodes.All)))],
        Hours(f.FirstResponseHours),
        Hours(f.AnswerHours),
        f.Overdue,
        f.OverdueOpen,
        new SatisfactionCounts(
            f.Satisfaction.Asked,
            f.Satisfaction.Answered,
            f.Satisfaction.Average,
            [.. Enumerable.Range(1, 5).Select(n => new KeyCount(n.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Satisfaction.Scores.GetValueOrDefault(n)))]));

    public static IReadOnlyList<string> Kinds { get; } = [.. Enum.GetValues<ApplicationKind>().Select(k => k.Code())];

    private static List<KeyCount> Ordered(IReadOnlyDictionary<string, int>? counts, IReadOnlyList<string> keys) =>
        [.. keys.Select(k => new KeyCount(k, counts?.GetValueOrDefault(k) ?? 0))];

    private static HoursStats Hours(DurationFigures d) => new(d.Count, d.Median, d.P90);
}
