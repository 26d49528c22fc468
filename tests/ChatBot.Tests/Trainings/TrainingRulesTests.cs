using ChatBot.Core.Knowledge;
using ChatBot.Core.Trainings;

namespace ChatBot.Tests.Trainings;

/// <summary>The rules a training meets whoever writes it; the catalogue file and the admin API only word the refusals.</summary>
public sealed class TrainingRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 5, 5, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("tax-webinar")]
    [InlineData("a")]
    [InlineData("2026-q1-vat")]
    public void AnIdOfLowerCaseWordsJoinedByDashesIsAccepted(string id) => Assert.True(TrainingRules.IsValidId(id));

    [Theory]
    [InlineData("Tax-webinar")]
    [InlineData("tax webinar")]
    [InlineData("tax--webinar")]
    [InlineData("-tax")]
    [InlineData("tax-")]
    [InlineData("налоги")]
    [InlineData("")]
    [InlineData("tax\n")]
    public void AnIdWithCapitalsSpacesStrayDashesOrATrailingNewlineIsRefused(string id) => Assert.False(TrainingRules.IsValidId(id));

    [Fact]
    public void AnIdLongerThanTheLimitIsRefused()
    {
        Assert.True(TrainingRules.IsValidId(new string('a', TrainingRules.MaxIdLength)));
        Assert.False(TrainingRules.IsValidId(new string('a', TrainingRules.MaxIdLength + 1)));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(20160, true)]
    [InlineData(20161, false)]
    public void ADurationIsFromAMinuteToTwoWeeks(int minutes, bool valid) => Assert.Equal(valid, TrainingRules.IsValidDuration(minutes));

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(100_000, true)]
    [InlineData(100_001, false)]
    public void ACapacityIsFromOneToAHundredThousandSeats(int seats, bool valid) => Assert.Equal(valid, TrainingRules.IsValidCapacity(seats));

    [Theory]
    [InlineData("https://meet.example.org/tax", true)]
    [InlineData("http://meet.example.org/tax", false)]
    [InlineData("meet.example.org/tax", false)]
    [InlineData("/tax", false)]
    public void OnlyAnAbsoluteHttpsAddressIsAnOnlineLink(string link, bool valid) => Assert.Equal(valid, TrainingRules.IsValidOnlineLink(link));

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(true, true, false)]
    [InlineData(false, false, false)]
    public void ATrainingIsEitherAtAPlaceOrOnline(bool place, bool link, bool valid) => Assert.Equal(valid, TrainingRules.HasOneVenue(place, link));

    [Fact]
    public void ATextNeedsBothRussianAndKazakh()
    {
        Assert.True(TrainingRules.IsBilingual(new LocalizedText("Налоги", "Салықтар")));
        Assert.False(TrainingRules.IsBilingual(new LocalizedText("Налоги", " ")));
        Assert.False(TrainingRules.IsBilingual(null));
    }

    [Fact]
    public void RegistrationMayCloseAtTheStartButNotAfterIt()
    {
        Assert.True(TrainingRules.DeadlineFits(Start.AddHours(-1), Start));
        Assert.True(TrainingRules.DeadlineFits(Start, Start));
        Assert.False(TrainingRules.DeadlineFits(Start.AddMinutes(1), Start));
    }
}
