using ChatBot.Core.Handoff;
using ChatBot.Core.Time;

namespace ChatBot.Tests.Handoff;

public sealed class WorkingHoursTests
{
    private static readonly WorkingHours Hours = new() { Holidays = [new DateOnly(2026, 3, 23)] };

    private static DateTimeOffset Almaty(int month, int day, int hour, int minute = 0) =>
        new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(5));

    [Theory]
    [InlineData(3, 2, 9, 0, true)] // Monday at opening
    [InlineData(3, 2, 8, 59, false)]
    [InlineData(3, 2, 17, 59, true)]
    [InlineData(3, 2, 18, 0, false)] // closing time is already closed
    [InlineData(3, 7, 12, 0, false)] // Saturday
    [InlineData(3, 23, 12, 0, false)] // a holiday on a Monday
    public void OpenOnlyOnWorkingDaysBetweenOpeningAndClosingInAlmatyTime(int month, int day, int hour, int minute, bool open) =>
        Assert.Equal(open, Hours.IsOpen(Almaty(month, day, hour, minute).ToUniversalTime()));

    [Fact]
    public void AfterClosingOnFridayTheNextOpeningIsMondayMorning() =>
        Assert.Equal(Almaty(3, 16, 9), Hours.NextOpening(Almaty(3, 13, 19)));

    [Fact]
    public void BeforeOpeningTheNextOpeningIsTheSameMorning() =>
        Assert.Equal(Almaty(3, 3, 9), Hours.NextOpening(Almaty(3, 3, 7, 30)));

    [Fact]
    public void AHolidayIsSkipped() =>
        Assert.Equal(Almaty(3, 24, 9), Hours.NextOpening(Almaty(3, 21, 10)));

    [Fact]
    public void AnUnknownTimeZoneIsRefusedWithItsName()
    {
        Assert.False(new WorkingHours { TimeZone = "Mars/Olympus" }.IsValid(out var reason));
        Assert.Contains("Mars/Olympus", reason);
    }
}
