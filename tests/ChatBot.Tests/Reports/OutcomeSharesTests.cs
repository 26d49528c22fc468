using ChatBot.Core.Reports;
using ChatBot.Testing.Reports;

namespace ChatBot.Tests.Reports;

/// <summary>On the generated year, every period's outcome shares sum to 100 % and its counts to its sessions.</summary>
public sealed class OutcomeSharesTests(GeneratedYearFixture generated) : IClassFixture<GeneratedYearFixture>
{
    [Fact]
    public void InEveryMonthQuarterAndTheYearTheOutcomeSharesSumToAHundredAndTheCountsToTheSessions()
    {
        var builder = generated.Builder();
        var year = ReportPeriod.Year(GeneratedYear.Year);
        foreach (var period in year.Months().Concat(year.Quarters()).Append(year))
        {
            var outcomes = builder.Build(period).Outcomes;

            Assert.Equal(100.0, outcomes.Outcomes.Sum(o => o.SharePercent), 6);
            Assert.Equal(outcomes.Sessions, outcomes.Outcomes.Sum(o => o.Count));
            Assert.Equal(100.0, outcomes.Outcomes.Sum(o => o.PreviousSharePercent), 6);
        }
    }
}
