namespace ChatBot.Core.Applications;

/// <summary>
/// <see cref="IApplicationFigures"/> over the store. Percentiles are nearest-rank (the value at ⌈p·n⌉ of the sorted
/// list), so every figure is a time some application really took.
/// </summary>
public sealed class ApplicationFiguresCalculator(IApplications applications, ApplicationClock clock, TimeProvider time) : IApplicationFigures
{
    public ApplicationFigures For(DateTimeOffset from, DateTimeOffset to)
    {
        var now = time.GetUtcNow();
        var period = applications.All().Where(a => a.CreatedAt >= from && a.CreatedAt < to).ToList();
        var timings = period.Select(a => (Application: a, Timing: clock.Of(a, now))).ToList();
        var rated = period.Where(a => a.Satisfaction is not null).Select(a => a.Satisfaction!.Value).ToList();
        return new ApplicationFigures(
            period.Count,
            Count(period, a => a.Kind.Code(), Enum.GetValues<ApplicationKind>().Select(k => k.Code())),
            Count(period, a => a.Status.Code(), Enum.GetValues<ApplicationStatus>().Select(ApplicationStatusCodes.Code)),
            Enum.GetValues<ApplicationKind>().ToDictionary(
                k => k.Code(),
                k => Count(period.Where(a => a.Kind == k), a => a.Status.Code(), Enum.GetValues<ApplicationStatus>().Select(ApplicationStatusCodes.Code))),
            Durations(period.Select(clock.ToFirstResponse)),
            Durations(period.Select(clock.ToAnswer)),
            timings.Count(t => t.Timing.Overdue),
            timings.Count(t => t.Application.IsOpen && t.Timing.Overdue),
            new SatisfactionFigures(
                period.Count(a => a.SatisfactionAskedAt is not null),
                rated.Count,
                rated.Count == 0 ? null : Math.Round(rated.Average(), 2),
                Enumerable.Range(1, 5).ToDictionary(n => n, n => rated.Count(s => s == n))));
    }

    public static double? Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static IReadOnlyDictionary<string, int> Count(IEnumerable<Application> items, Func<Application, string> key, IEnumerable<string> all)
    {
        var counts = all.ToDictionary(k => k, _ => 0);
        foreach (var item in items)
        {
            counts[key(item)]++;
        }

        return counts;
    }

    private static DurationFigures Durations(IEnumerable<TimeSpan?> spans)
    {
        var hours = spans.Where(s => s is not null).Select(s => Math.Round(s!.Value.TotalHours, 2)).Order().ToList();
        return new DurationFigures(hours.Count, Percentile(hours, 0.5), Percentile(hours, 0.9));
    }
}
