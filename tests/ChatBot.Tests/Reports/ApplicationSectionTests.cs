using ChatBot.Core.Applications;
using ChatBot.Core.Messages;
using ChatBot.Core.Reports;
using ChatBot.Core.Reports.Rendering;
using ChatBot.Core.Time;

namespace ChatBot.Tests.Reports;

/// <summary>
/// Four applications of November 2026 and one of December, written by hand (business hours Monday to Friday 9–18
/// Almaty, the shipped service levels: a first response within 8 hours), reported on 10 January 2027.
/// </summary>
public sealed class ApplicationSectionTests
{
    private readonly SmallReport _small = new();

    public ApplicationSectionTests()
    {
        // A: legal, answered the next morning, rated 5; first response 2 h, answer 9 business hours.
        Submit(ApplicationKind.Legal, ApplicationStatus.Answered, Nov(2, 10), Nov(2, 12), Nov(3, 10), asked: true, score: 5);

        // B: tax, from 17:00 Monday, first response 11:00 Tuesday (3 h), answered 17:00 Friday (36 h), closed, rated 2.
        Submit(ApplicationKind.Tax, ApplicationStatus.Closed, Nov(2, 17), Nov(3, 11), Nov(6, 17), asked: true, score: 2);

        // C: tax, first response after 18 business hours (late), not answered yet.
        Submit(ApplicationKind.Tax, ApplicationStatus.Assigned, Nov(4, 9), Nov(6, 9), null);

        // D: other, submitted on the last day at 23:30 Almaty, never touched: November's, late by January.
        Submit(ApplicationKind.Other, ApplicationStatus.New, AlmatyTime.ToUtc(new DateOnly(2026, 11, 30), new TimeOnly(23, 30)), null, null);

        // E: December's, at midnight Almaty on the 1st.
        Submit(ApplicationKind.Legal, ApplicationStatus.New, AlmatyTime.ToUtc(new DateOnly(2026, 12, 1), TimeOnly.MinValue), null, null);
    }

    [Fact]
    public void NovembersApplicationsAreCountedByKindAndStatusWithEveryOnePresent()
    {
        var a = _small.Builder.Build(ReportPeriod.Month(2026, 11)).Applications;

        Assert.Equal(4, a.Submitted);
        Assert.Equal([("legal", 1), ("tax", 2), ("finance", 0), ("permits", 0), ("export", 0), ("other", 1)], a.ByKind.Select(k => (k.Key, k.Count)));
        Assert.Equal([("new", 1), ("assigned", 1), ("waiting", 0), ("answered", 1), ("closed", 1)], a.ByStatus.Select(k => (k.Key, k.Count)));
        Assert.Equal([0, 1, 0, 0, 1], a.ByKindAndStatus.Single(k => k.Kind == "tax").ByStatus.Select(s => s.Count));
    }

    [Fact]
    public void TimesAreBusinessHoursWithNearestRankMedianAndNinetiethPercentile()
    {
        var a = _small.Builder.Build(ReportPeriod.Month(2026, 11)).Applications;

        Assert.Equal(new HoursStats(3, 3, 18), a.FirstResponse);
        Assert.Equal(new HoursStats(2, 9, 36), a.Answer);
    }

    [Fact]
    public void TheLateAreTheOpenOnesPastTheirDueTimeAtTheTimeOfTheReport()
    {
        var a = _small.Builder.Build(ReportPeriod.Month(2026, 11)).Applications;

        Assert.Equal(2, a.Overdue);
        Assert.Equal(2, a.OverdueOpen);
    }

    [Fact]
    public void SatisfactionHasItsCountAverageAndOneToFiveDistribution()
    {
        var s = _small.Builder.Build(ReportPeriod.Month(2026, 11)).Applications.Satisfaction;

        Assert.Equal((2, 2, 3.5), (s.Asked, s.Answered, s.Average));
        Assert.Equal([("1", 0), ("2", 1), ("3", 0), ("4", 0), ("5", 1)], s.Scores.Select(k => (k.Key, k.Count)));
    }

    [Fact]
    public void AMonthWithoutApplicationsHasZerosAndNoTimes()
    {
        var a = _small.Builder.Build(ReportPeriod.Month(2026, 10)).Applications;

        Assert.Equal(0, a.Submitted);
        Assert.All(a.ByKind, k => Assert.Equal(0, k.Count));
        Assert.Equal(new HoursStats(0, null, null), a.FirstResponse);
        Assert.Null(a.Satisfaction.Average);
    }

    [Fact]
    public void TheApplicationsRowsAreOnePerApplicationWithNothingPersonal()
    {
        var rows = _small.Builder.Build(ReportPeriod.Month(2026, 11), drillDown: ReportDrillDown.Applications).Rows!;

        Assert.Equal(ReportDrillDown.Applications, rows.Kind);
        Assert.Equal(
            [
                ("A-2026-000001", "legal", "answered", 2.0, 9.0, false, 5),
                ("A-2026-000002", "tax", "closed", 3.0, 36.0, false, 2),
                ("A-2026-000003", "tax", "assigned", 18.0, (double?)null, true, (int?)null),
                ("A-2026-000004", "other", "new", null, null, true, null),
            ],
            rows.Applications.Select(r => (r.Number, r.Kind, r.Status, r.FirstResponseHours, r.AnswerHours, r.Overdue, r.Satisfaction)));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.FromHours(5)), rows.Applications[^1].Date);
    }

    [Fact]
    public async Task TheCsvOfTheApplicationsRowsHasAHeaderAndARowEach()
    {
        var report = _small.Builder.Build(ReportPeriod.Month(2026, 11), drillDown: ReportDrillDown.Applications);
        using var output = new MemoryStream();
        await new CsvReportRenderer().RenderAsync(report, output);

        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("number,date,kind,status,channel,first_response_hours,answer_hours,overdue,satisfaction", lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.Equal("A-2026-000002,2026-11-02 17:00:00,tax,closed,telegram,3,36,no,2", lines[2]);
        Assert.DoesNotContain(lines, l => l.Contains("Иван", StringComparison.Ordinal) || l.Contains("+7701", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSummaryMarksCountsAdditiveAndMediansAndTheAverageNot()
    {
        var figures = ReportFigures.Of(_small.Builder.Build(ReportPeriod.Month(2026, 11))).Where(f => f.Section == "applications").ToList();

        Assert.Equal(Additivity.Additive, figures.Single(f => f.Name == "by_kind" && f.Breakdown == "tax").Additivity);
        Assert.Equal(Additivity.Additive, figures.Single(f => f.Name == "satisfaction_score" && f.Breakdown == "5").Additivity);
        Assert.Equal(Additivity.NotAdditive, figures.Single(f => f.Name == "first_response_median_hours").Additivity);
        Assert.Equal(Additivity.NotAdditive, figures.Single(f => f.Name == "satisfaction_average").Additivity);
    }

    private static DateTimeOffset Nov(int day, int hour) => AlmatyTime.ToUtc(new DateOnly(2026, 11, day), new TimeOnly(hour, 0));

    private void Submit(
        ApplicationKind kind, ApplicationStatus status, DateTimeOffset created, DateTimeOffset? responded, DateTimeOffset? answered, bool asked = false, int? score = null) =>
        _small.Stores.Applications.Submit(
            new Application
            {
                ConversationId = "telegram:100",
                Channel = Channels.Telegram,
                ChatId = "100",
                Kind = kind,
                Description = "Нужна консультация",
                Name = "Иван",
                Phone = "+77010000000",
                Status = status,
                CreatedAt = created,
                ConsentAt = created,
                FirstResponseAt = responded,
                AnsweredAt = answered,
                UpdatedAt = answered ?? responded ?? created,
                SatisfactionAskedAt = asked ? answered : null,
                Satisfaction = score,
            },
            AlmatyTime.Of(created).Year);
}
