using ChatBot.Core.Time;

namespace ChatBot.Tests.Time;

/// <summary>The bot's one local time: Almaty, UTC+5, whatever the server's zone.</summary>
public sealed class AlmatyTimeTests
{
    [Fact]
    public void AMomentInUtcIsFiveHoursLaterInAlmaty()
    {
        var local = AlmatyTime.Of(new DateTimeOffset(2026, 12, 31, 20, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2027, 1, 1, 1, 30, 0, TimeSpan.FromHours(5)), local);
        Assert.Equal(TimeSpan.FromHours(5), local.Offset);
        Assert.Equal(new DateOnly(2027, 1, 1), AlmatyTime.Day(local));
    }

    [Fact]
    public void AWallClockTimeInAlmatyIsStoredInUtc() =>
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 5, 0, 0, TimeSpan.Zero), AlmatyTime.ToUtc(new DateOnly(2026, 12, 5), new TimeOnly(10, 0)));

    [Fact]
    public void AlmatyIsAKnownZoneAndAnUnknownIdIsNone()
    {
        Assert.Equal(TimeSpan.FromHours(5), TimeZones.Find(AlmatyTime.ZoneId)!.GetUtcOffset(new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Null(TimeZones.Find("Mars/Olympus_Mons"));
    }
}
