namespace ChatBot.Core.Reports;

/// <summary>
/// Progress against the yearly target (to date: from the 1st of January of the year the period ends in) and the
/// contract's (to date: from the 1st of January of its first year), both up to the end of the period.
/// </summary>
internal static class Targets
{
    public static DateTimeOffset YearStart(ReportPeriod period) => ReportPeriod.Year(period.LastDay.Year).From;

    public static DateTimeOffset ContractStart(ReportOptions options) => ReportPeriod.Year(options.ContractFirstYear).From;

    public static TargetProgress Progress(int inPeriod, int target, int toDate) =>
        new(target, inPeriod, Shares.Percent(inPeriod, target), toDate, Shares.Percent(toDate, target));
}
