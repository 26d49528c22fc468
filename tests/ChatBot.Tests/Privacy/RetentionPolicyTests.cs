using ChatBot.Core.Privacy;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Privacy;

/// <summary>The periods become cut-offs counted back from the clock, each for its own kinds of record; 0 days is off.</summary>
public sealed class RetentionPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EachPeriodCutsItsOwnKindsBackFromNow()
    {
        var periods = new RetentionPeriods { TranscriptDays = 365, TraineeDaysAfterTraining = 30, SurveyContactDays = 90 };

        var due = new RetentionPolicy(periods, new FakeTimeProvider(Now)).Due();

        Assert.All(RetentionPolicy.FreeText, kind => Assert.Equal(Now.AddDays(-365), due.Before[kind]));
        Assert.Equal(Now.AddDays(-365), due.IdleConversationsBefore);
        Assert.Equal(Now.AddDays(-30), due.Before[PersonalRecord.Trainee]);
        Assert.Equal(Now.AddDays(-90), due.Before[PersonalRecord.FlowContacts]);
        Assert.Equal(Enum.GetValues<PersonalRecord>().Order(), due.Before.Keys.Order());
    }

    [Fact]
    public void ZeroDaysKeepsThatPartUntilForget()
    {
        var periods = new RetentionPeriods { TranscriptDays = 0, SurveyContactDays = 0 };

        var due = new RetentionPolicy(periods, new FakeTimeProvider(Now)).Due();

        Assert.Equal([PersonalRecord.Trainee], due.Before.Keys);
        Assert.Null(due.IdleConversationsBefore);
        Assert.True(new RetentionPolicy(new RetentionPeriods { TranscriptDays = 0, TraineeDaysAfterTraining = 0, SurveyContactDays = 0 }, TimeProvider.System).Due().IsEmpty);
    }

    [Fact]
    public void AChamberKeepsEachKindAYearByDefaultAndANegativePeriodIsNamedWithItsKey()
    {
        var defaults = new RetentionPeriods();

        Assert.Equal((365, 365, 365), (defaults.TranscriptDays, defaults.TraineeDaysAfterTraining, defaults.SurveyContactDays));
        Assert.Empty(defaults.Problems());
        Assert.Equal(
            ["ChatBot:Retention:TraineeDaysAfterTraining must be 0 (kept until /forget) or a number of days, not -1"],
            new RetentionPeriods { TraineeDaysAfterTraining = -1 }.Problems());
    }
}
