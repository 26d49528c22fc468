using ChatBot.Core.Reports;
using ChatBot.Core.Sessions;
using ChatBot.Testing.Reports;

namespace ChatBot.Tests.Reports;

/// <summary>The rows behind the totals, and the texts only a full report carries, on the generated year.</summary>
public sealed class DrillDownTests(GeneratedYearFixture generated) : IClassFixture<GeneratedYearFixture>
{
    private static readonly ReportPeriod March = ReportPeriod.Month(GeneratedYear.Year, 3);

    [Fact]
    public void TheSessionRowsAreTheSessionsOfThePeriodAndAHandedOneNamesItsOperatorAndWait()
    {
        var report = generated.Builder().Build(March, drillDown: ReportDrillDown.Sessions);
        var rows = report.Rows!.Sessions;

        Assert.Equal(report.Sessions.Sessions, rows.Count);
        Assert.All(rows, r => Assert.True(March.Contains(r.Date)));
        Assert.Equal(TimeSpan.FromHours(5), rows[0].Date.Offset);
        var handed = rows.Where(r => r.Outcome == SessionResult.HandedToOperator && r.Operator.Length > 0).ToList();
        Assert.NotEmpty(handed);
        Assert.All(handed, r => Assert.NotNull(r.WaitSeconds));
        Assert.Equal(report.Handoffs.Csat.Rated, rows.Count(r => r.Csat is not null));
    }

    [Fact]
    public void TheResponseRowsAreTheResponsesStartedInThePeriodWithoutPersonalOrFreeTextAnswers()
    {
        var report = generated.Builder().Build(March, drillDown: ReportDrillDown.Responses);
        var rows = report.Rows!.Responses;

        Assert.Equal(report.Survey.Started, rows.Count);
        var steps = rows.SelectMany(r => r.Answers.Select(a => a.Key)).ToHashSet();
        Assert.Contains("district", steps);
        Assert.DoesNotContain("contact_phone", steps);
        Assert.DoesNotContain("climate_reason", steps);
    }

    [Fact]
    public void OnlyAFullReportCarriesTheTextsOfTheQuestionsNotUnderstood()
    {
        var funder = generated.Builder().Build(March);
        var full = generated.Builder().Build(March, full: true);

        Assert.True(funder.NotUnderstood.Questions > 0);
        Assert.Empty(funder.NotUnderstood.Texts);
        Assert.Equal(full.NotUnderstood.Questions, full.NotUnderstood.Texts.Count);
        Assert.False(funder.Header.Full);
        Assert.Null(funder.Rows);
    }
}
