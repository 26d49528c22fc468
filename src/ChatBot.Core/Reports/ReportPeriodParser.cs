using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Reports;

/// <summary>Reads a period as people write it: <c>2026-11</c>, <c>2026-Q4</c>, <c>2026</c>, or two days from and to.</summary>
public static partial class ReportPeriodParser
{
    private const int FirstYear = 2000;
    private const int LastYear = 2100;

    /// <returns>The period, or null with <paramref name="error"/> saying what is wrong.</returns>
    public static ReportPeriod? Parse(string text, out string error)
    {
        error = "";
        var match = PeriodPattern().Match(text.Trim());
        var year = match.Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : 0;
        if (!match.Success || year is < FirstYear or > LastYear)
        {
            error = $"the period '{text}' is not a month (2026-11), a quarter (2026-Q4) or a year (2026)";
            return null;
        }

        if (match.Groups["quarter"].Success)
        {
            return ReportPeriod.Quarter(year, int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture));
        }

        if (!match.Groups["month"].Success)
        {
            return ReportPeriod.Year(year);
        }

        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            error = $"the period '{text}' names month {month}, which does not exist";
            return null;
        }

        return ReportPeriod.Month(year, month);
    }

    /// <returns>The days from one to the other inclusive (yyyy-MM-dd), or null with <paramref name="error"/>.</returns>
    public static ReportPeriod? ParseRange(string from, string to, out string error)
    {
        error = "";
        if (!TryDay(from, out var first) || !TryDay(to, out var last))
        {
            error = $"--from and --to take days as 2026-11-01, not '{(TryDay(from, out _) ? to : from)}'";
            return null;
        }

        var range = ReportPeriod.Range(first, last);
        if (range is null)
        {
            error = $"--from {from} is after --to {to}";
        }

        return range;
    }

    private static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
        && day.Year is >= FirstYear and <= LastYear;

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?:(?<month>\d{2})|[Qq](?<quarter>[1-4])))?$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
