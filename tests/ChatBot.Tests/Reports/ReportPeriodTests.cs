using ChatBot.Core.Reports;

namespace ChatBot.Tests.Reports;

/// <summary>Periods as people write them, their instants in Almaty time, the period before and the parts.</summary>
public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData("2026-11", "2026-11", "2026-11-01", "2026-11-30")]
    [InlineData("2026-Q4", "2026-Q4", "2026-10-01", "2026-12-31")]
    [InlineData("2026-q1", "2026-Q1", "2026-01-01", "2026-03-31")]
    [InlineData("2026", "2026", "2026-01-01", "2026-12-31")]
    [InlineData(" 2024-02 ", "2024-02", "2024-02-01", "2024-02-29")]
    public void APeriodIsReadAsAMonthAQuarterOrAYear(string text, string label, string first, string last)
    {
        var period = ReportPeriodParser.Parse(text, out var error)!;

        Assert.Equal("", error);
        Assert.Equal((label, DateOnly.Parse(first), DateOnly.Parse(last)), (period.Label, period.FirstDay, period.LastDay));
    }

    [Theory]
    [InlineData("2026-13", "month 13")]
    [InlineData("2026-Q5", "not a month")]
    [InlineData("26", "not a month")]
    [InlineData("November", "not a month")]
    [InlineData("1999", "not a month")]
    public void AWrongPeriodSaysWhatIsWrong(string text, string reason)
    {
        Assert.Null(ReportPeriodParser.Parse(text, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void ARangeIsTheDaysFromOneToTheOtherInclusive()
    {
        var range = ReportPeriodParser.ParseRange("2026-11-01", "2026-11-15", out _)!;

        Assert.Equal(("2026-11-01..2026-11-15", 15), (range.Label, range.Days));
        Assert.Equal(new DateTimeOffset(2026, 11, 15, 19, 0, 0, TimeSpan.Zero), range.To);
        Assert.Equal(ReportPeriodParser.ParseRange("2026-10-17", "2026-10-31", out _), range.Previous());
    }

    [Theory]
    [InlineData("2026-11-30", "2026-11-01", "is after")]
    [InlineData("2026-11-31", "2026-12-01", "not '2026-11-31'")]
    [InlineData("2026-11-01", "tomorrow", "not 'tomorrow'")]
    public void AWrongRangeSaysWhatIsWrong(string from, string to, string reason)
    {
        Assert.Null(ReportPeriodParser.ParseRange(from, to, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMonthRunsFromMidnightAlmatyWhichIsSevenInTheEveningUtcBefore()
    {
        var november = ReportPeriod.Month(2026, 11);

        Assert.Equal(new DateTimeOffset(2026, 10, 31, 19, 0, 0, TimeSpan.Zero), november.From);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 19, 0, 0, TimeSpan.Zero), november.To);
        Assert.True(november.Contains(new DateTimeOffset(2026, 11, 30, 18, 30, 0, TimeSpan.Zero)));
        Assert.False(november.Contains(november.To));
    }

    [Theory]
    [InlineData("2026-01", "2025-12")]
    [InlineData("2026-Q1", "2025-Q4")]
    [InlineData("2026-Q3", "2026-Q2")]
    [InlineData("2026", "2025")]
    public void ThePreviousPeriodIsTheOneOfTheSameKindJustBefore(string period, string previous) =>
        Assert.Equal(previous, ReportPeriodParser.Parse(period, out _)!.Previous().Label);

    [Fact]
    public void AYearHasTwelveMonthsAndFourQuartersAndAQuarterThreeMonths()
    {
        var year = ReportPeriod.Year(2026);

        Assert.Equal(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"], year.Quarters().Select(q => q.Label));
        Assert.Equal(12, year.Months().Count);
        Assert.Equal(["2026-10", "2026-11", "2026-12"], ReportPeriod.Quarter(2026, 4).Months().Select(m => m.Label));
        Assert.Equal(["2026-11"], ReportPeriodParser.ParseRange("2026-10-15", "2026-12-15", out _)!.Months().Select(m => m.Label));
    }
}
