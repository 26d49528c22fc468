using ChatBot.Core.Reports;
using ChatBot.Testing.Reports;

namespace ChatBot.Tests.Reports;

/// <summary>
/// On the generated year: every additive figure of a quarter is the sum of its months', and of the year the sum of
/// its quarters'; the figures that are not additive are not.
/// </summary>
public sealed class PeriodConsistencyTests(GeneratedYearFixture generated) : IClassFixture<GeneratedYearFixture>
{
    [Fact]
    public void TheMonthsOfEveryQuarterAddUpToTheQuarterForEveryAdditiveFigure()
    {
        var builder = generated.Builder();
        foreach (var quarter in ReportPeriod.Year(GeneratedYear.Year).Quarters())
        {
            AssertAddsUp(builder.Build(quarter), quarter.Months().Select(m => builder.Build(m)));
        }
    }

    [Fact]
    public void TheQuartersAddUpToTheYearForEveryAdditiveFigure()
    {
        var builder = generated.Builder();
        var year = ReportPeriod.Year(GeneratedYear.Year);

        AssertAddsUp(builder.Build(year), year.Quarters().Select(q => builder.Build(q)));
    }

    [Fact]
    public void UniqueUsersOfTheYearAreFewerThanTheSumOfItsMonthsBecauseUsersReturn()
    {
        var builder = generated.Builder();
        var year = ReportPeriod.Year(GeneratedYear.Year);
        var months = year.Months().Select(m => builder.Build(m)).ToList();
        var whole = builder.Build(year);

        Assert.True(whole.Sessions.UniqueUsers < months.Sum(m => m.Sessions.UniqueUsers));
        Assert.True(whole.Sessions.UniqueUsers >= months.Max(m => m.Sessions.UniqueUsers));
        Assert.True(whole.Trainings.UniqueTrainees < months.Sum(m => m.Trainings.UniqueTrainees));
    }

    [Fact]
    public void TheGeneratedYearMeetsItsScale()
    {
        var report = generated.Builder().Build(ReportPeriod.Year(GeneratedYear.Year));

        Assert.True(report.Sessions.Sessions > 30_000, $"{report.Sessions.Sessions} sessions");
        Assert.True(report.Survey.Respondents >= 2_300, $"{report.Survey.Respondents} respondents");
        Assert.True(report.Trainings.UniqueTrainees >= 2_000, $"{report.Trainings.UniqueTrainees} trainees");
        Assert.True(report.Handoffs.Csat.Rated > 0 && report.Handoffs.Wait.Measured > 0);
        Assert.True(report.DataProtection.ErasureRequests > 0 && report.DataProtection.ErasuresCompleted < report.DataProtection.ErasureRequests);
    }

    [Fact]
    public void TheGeneratedYearHasApplicationsAnnouncementsAndAnswersFromTopicsPastTheirDate()
    {
        var report = generated.Builder().Build(ReportPeriod.Year(GeneratedYear.Year));

        Assert.True(report.Applications.Submitted > 1_000, $"{report.Applications.Submitted} applications");
        Assert.All(report.Applications.ByKind, k => Assert.True(k.Count > 0, k.Key));
        Assert.All(report.Applications.ByStatus, s => Assert.True(s.Count > 0, s.Key));
        Assert.True(report.Applications.Overdue > 0 && report.Applications.Satisfaction.Answered > 0);
        Assert.True(report.Announcements.Sent >= 24 && report.Announcements.Recipients.All(r => r.Count > 0));
        Assert.True(report.Announcements.Now.Subscribers == 3_000);
        Assert.Equal(["patent", "tax.regime"], report.KnowledgeReview.AnswersPastReviewByTopic.Select(t => t.Key));
        Assert.Equal(["patent", "tax.regime", "vat"], report.KnowledgeReview.PastReviewNow.Select(t => t.Topic));
    }

    [Fact]
    public void SubscribersNowAreTheSameInEveryMonthRatherThanSplitBetweenThem()
    {
        var builder = generated.Builder();
        var months = ReportPeriod.Year(GeneratedYear.Year).Months().Select(m => builder.Build(m).Announcements.Now.Subscribers).Distinct();

        Assert.Equal([builder.Build(ReportPeriod.Year(GeneratedYear.Year)).Announcements.Now.Subscribers], months);
    }

    private static void AssertAddsUp(FunderReport whole, IEnumerable<FunderReport> parts)
    {
        var sums = parts.SelectMany(ReportFigures.Of)
            .Where(f => f.Additivity == Additivity.Additive)
            .GroupBy(f => (f.Section, f.Name, f.Breakdown))
            .ToDictionary(g => g.Key, g => g.Sum(f => f.Value));
        var additive = ReportFigures.Of(whole).Where(f => f.Additivity == Additivity.Additive).ToList();

        Assert.NotEmpty(additive);
        foreach (var figure in additive)
        {
            Assert.True(
                sums.GetValueOrDefault((figure.Section, figure.Name, figure.Breakdown)) == figure.Value,
                $"{whole.Header.Period}: {figure.Section}.{figure.Name}[{figure.Breakdown}] is {figure.Value}, its parts sum to {sums.GetValueOrDefault((figure.Section, figure.Name, figure.Breakdown))}");
        }

        Assert.All(sums.Keys, key => Assert.Contains(additive, f => (f.Section, f.Name, f.Breakdown) == key));
    }
}
