using ChatBot.Core.Reports;
using ChatBot.Core.Sessions;

namespace ChatBot.Tests.Reports;

/// <summary>The rules of counting, each on a few sessions written by hand.</summary>
public sealed class ReportRulesTests
{
    [Fact]
    public void ASessionAt2330AlmatyOnTheLastDayOfAMonthBelongsToThatMonth()
    {
        var small = new SmallReport();
        var session = small.Session("1", new DateOnly(2026, 11, 30), new TimeOnly(23, 30));

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 18, 30, 0, TimeSpan.Zero), session.StartedAt);
        Assert.Equal(1, small.Builder.Build(ReportPeriod.Month(2026, 11)).Sessions.Sessions);
        Assert.Equal(0, small.Builder.Build(ReportPeriod.Month(2026, 12)).Sessions.Sessions);
    }

    [Fact]
    public void ASessionAtMidnightAlmatyOnTheFirstDayBelongsToTheNewMonth()
    {
        var small = new SmallReport();
        small.Session("1", new DateOnly(2026, 12, 1), TimeOnly.MinValue);

        Assert.Equal(0, small.Builder.Build(ReportPeriod.Month(2026, 11)).Sessions.Sessions);
        Assert.Equal(1, small.Builder.Build(ReportPeriod.Month(2026, 12)).Sessions.Sessions);
    }

    [Fact]
    public void AUserActiveInTwoMonthsCountsOnceInTheQuarter()
    {
        var small = new SmallReport();
        small.Session("1", new DateOnly(2026, 10, 5), new TimeOnly(10, 0));
        small.Session("1", new DateOnly(2026, 11, 5), new TimeOnly(10, 0));
        small.Session("2", new DateOnly(2026, 11, 6), new TimeOnly(10, 0));

        var october = small.Builder.Build(ReportPeriod.Month(2026, 10)).Sessions;
        var november = small.Builder.Build(ReportPeriod.Month(2026, 11)).Sessions;
        var quarter = small.Builder.Build(ReportPeriod.Quarter(2026, 4)).Sessions;

        Assert.Equal((1, 2, 3), (october.UniqueUsers, november.UniqueUsers, october.UniqueUsers + november.UniqueUsers));
        Assert.Equal((3, 2), (quarter.Sessions, quarter.UniqueUsers));
        Assert.Equal(2, Assert.Single(quarter.ByChannel).UniqueUsers);
    }

    [Fact]
    public void OutcomeSharesOfThreeEqualOutcomesStillSumToExactlyAHundredTheSpareHundredthGoingToTheFirst()
    {
        var small = new SmallReport();
        var day = new DateOnly(2026, 11, 2);
        small.Session("1", day, new TimeOnly(10, 0), SessionResult.AnsweredByBot);
        small.Session("2", day, new TimeOnly(11, 0), SessionResult.NotUnderstood);
        small.Session("3", day, new TimeOnly(12, 0), SessionResult.Abandoned);

        var shares = small.Builder.Build(ReportPeriod.Month(2026, 11)).Outcomes.Outcomes.Select(o => o.SharePercent).ToList();

        Assert.Equal(100.0, shares.Sum(), 6);
        Assert.Equal([33.34, 0, 33.33, 0, 33.33], shares);
    }

    [Fact]
    public void TheTrendComparesEachShareWithThePreviousPeriod()
    {
        var small = new SmallReport();
        small.Session("1", new DateOnly(2026, 10, 2), new TimeOnly(10, 0), SessionResult.NotUnderstood);
        small.Session("2", new DateOnly(2026, 11, 2), new TimeOnly(10, 0), SessionResult.AnsweredByBot);

        var outcomes = small.Builder.Build(ReportPeriod.Month(2026, 11)).Outcomes.Outcomes.ToDictionary(o => o.Result);

        Assert.Equal((1, 100.0, 0, 0.0, 100.0), (outcomes[SessionResult.AnsweredByBot].Count, outcomes[SessionResult.AnsweredByBot].SharePercent,
            outcomes[SessionResult.AnsweredByBot].PreviousCount, outcomes[SessionResult.AnsweredByBot].PreviousSharePercent, outcomes[SessionResult.AnsweredByBot].ChangePoints));
        Assert.Equal(-100.0, outcomes[SessionResult.NotUnderstood].ChangePoints);
    }

    [Fact]
    public void APeriodWithoutSessionsHasNoSharesRatherThanDividingByZero()
    {
        var outcomes = new SmallReport().Builder.Build(ReportPeriod.Month(2026, 11)).Outcomes;

        Assert.Equal(0, outcomes.Sessions);
        Assert.All(outcomes.Outcomes, o => Assert.Equal(0, o.SharePercent));
    }
}
