using System.Globalization;
using System.Text.Json.Serialization;
using ChatBot.Core.Time;

namespace ChatBot.Core.Reports;

/// <summary>
/// The days a report covers, <see cref="FirstDay"/> to <see cref="LastDay"/> inclusive, in Almaty time: a session at
/// 23:30 Almaty on the last day of a month is in that month, though it is 18:30 UTC.
/// </summary>
public sealed record ReportPeriod(ReportPeriodKind Kind, DateOnly FirstDay, DateOnly LastDay)
{
    /// <summary>2026-11, 2026-Q4, 2026, or 2026-11-01..2026-11-30 for a range.</summary>
    public string Label => Kind switch
    {
        ReportPeriodKind.Month => FirstDay.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        ReportPeriodKind.Quarter => $"{FirstDay.Year.ToString(CultureInfo.InvariantCulture)}-Q{(FirstDay.Month + 2) / 3}",
        ReportPeriodKind.Year => FirstDay.Year.ToString(CultureInfo.InvariantCulture),
        _ => $"{Day(FirstDay)}..{Day(LastDay)}",
    };

    /// <summary>The first instant of the period: midnight Almaty time of its first day.</summary>
    public DateTimeOffset From => AlmatyTime.ToUtc(FirstDay, TimeOnly.MinValue);

    /// <summary>The first instant after the period; the period is [<see cref="From"/>, <see cref="To"/>).</summary>
    public DateTimeOffset To => AlmatyTime.ToUtc(LastDay.AddDays(1), TimeOnly.MinValue);

    [JsonIgnore]
    public int Days => LastDay.DayNumber - FirstDay.DayNumber + 1;

    public bool Contains(DateTimeOffset instant) => instant >= From && instant < To;

    public static ReportPeriod Month(int year, int month) =>
        new(ReportPeriodKind.Month, new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));

    public static ReportPeriod Quarter(int year, int quarter) =>
        new(ReportPeriodKind.Quarter, new DateOnly(year, (3 * quarter) - 2, 1), new DateOnly(year, (3 * quarter) - 2, 1).AddMonths(3).AddDays(-1));

    public static ReportPeriod Year(int year) => new(ReportPeriodKind.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>The days from one to the other inclusive; null when the first is after the last.</summary>
    public static ReportPeriod? Range(DateOnly first, DateOnly last) => first <= last ? new(ReportPeriodKind.Range, first, last) : null;

    /// <summary>The period of the same kind just before: the month, quarter or year before, or as many days before a range.</summary>
    public ReportPeriod Previous() => Kind switch
    {
        ReportPeriodKind.Month => Month(FirstDay.AddMonths(-1).Year, FirstDay.AddMonths(-1).Month),
        ReportPeriodKind.Quarter => Quarter(FirstDay.AddMonths(-3).Year, (FirstDay.AddMonths(-3).Month + 2) / 3),
        ReportPeriodKind.Year => Year(FirstDay.Year - 1),
        _ => new(ReportPeriodKind.Range, FirstDay.AddDays(-Days), FirstDay.AddDays(-1)),
    };

    /// <summary>The whole months inside the period, in order.</summary>
    public IReadOnlyList<ReportPeriod> Months()
    {
        var months = new List<ReportPeriod>();
        for (var first = new DateOnly(FirstDay.Year, FirstDay.Month, 1); first <= LastDay; first = first.AddMonths(1))
        {
            var month = Month(first.Year, first.Month);
            if (month.FirstDay >= FirstDay && month.LastDay <= LastDay)
            {
                months.Add(month);
            }
        }

        return months;
    }

    /// <summary>The whole quarters inside the period, in order.</summary>
    public IReadOnlyList<ReportPeriod> Quarters() => Months()
        .Where(m => m.FirstDay.Month % 3 == 1)
        .Select(m => Quarter(m.FirstDay.Year, (m.FirstDay.Month + 2) / 3))
        .Where(q => q.LastDay <= LastDay)
        .ToList();

    public override string ToString() => Label;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
