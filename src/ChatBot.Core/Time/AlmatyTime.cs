using System.Globalization;
using ChatBot.Core.Trainings;

namespace ChatBot.Core.Time;

/// <summary>
/// The bot's local time. Users, trainings, survey periods and campaigns live in Almaty (UTC+5), whatever the
/// server's zone: times are stored in UTC and shown, counted and compared here.
/// </summary>
public static class AlmatyTime
{
    public const string ZoneId = "Asia/Almaty";

    public static TimeZoneInfo Zone { get; } = TimeZones.Find(ZoneId)!;

    public static DateTimeOffset Of(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    /// <summary>05.12.2026</summary>
    public static string Date(DateTimeOffset utc) => Of(utc).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>10:00</summary>
    public static string Time(DateTimeOffset utc) => Of(utc).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>05.12.2026 10:00–12:00, the start and end of a training in Almaty time.</summary>
    public static string Span(Training training) =>
        $"{Date(training.StartsAt)} {Time(training.StartsAt)}–{Time(training.EndsAt)}";

    /// <summary>The UTC moment of a wall-clock time in Almaty on a given day.</summary>
    public static DateTimeOffset ToUtc(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        var offset = Of(new DateTimeOffset(local, TimeSpan.Zero)).Offset;
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The Almaty calendar day of a UTC moment.</summary>
    public static DateOnly Day(DateTimeOffset utc) => DateOnly.FromDateTime(Of(utc).DateTime);
}
