using ChatBot.Core.Time;

namespace ChatBot.Core.Handoff;

/// <summary>
/// When operators answer, in local time (Almaty by default): working days, opening and closing time, holidays.
/// Bound from <c>ChatBot:WorkingHours</c>.
/// </summary>
public sealed class WorkingHours
{
    public string TimeZone { get; set; } = AlmatyTime.ZoneId;

    public TimeOnly Opens { get; set; } = new(9, 0);

    public TimeOnly Closes { get; set; } = new(18, 0);

    public List<DayOfWeek> Days { get; set; } = [];

    /// <summary>Dates (local) when nobody works, such as 2026-03-08 or 2026-03-21.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>How many minutes one conversation ahead in the queue adds to the wait, for the estimate.</summary>
    public int MinutesPerWaitingConversation { get; set; } = 5;

    private IReadOnlyList<DayOfWeek> WorkingDays => Days.Count > 0
        ? Days
        : [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public DateTimeOffset ToLocal(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, TimeZones.Find(TimeZone) ?? throw new TimeZoneNotFoundException($"time zone '{TimeZone}' is unknown"));

    public bool IsOpen(DateTimeOffset at)
    {
        var local = ToLocal(at);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return IsWorkingDay(DateOnly.FromDateTime(local.DateTime)) && time >= Opens && time < Closes;
    }

    /// <summary>The next moment operators are available, in local time (now, if they are).</summary>
    public DateTimeOffset NextOpening(DateTimeOffset at)
    {
        var local = ToLocal(at);
        if (IsOpen(at))
        {
            return local;
        }

        var day = DateOnly.FromDateTime(local.DateTime);
        if (TimeOnly.FromDateTime(local.DateTime) >= Opens)
        {
            day = day.AddDays(1);
        }

        // A year of holidays in a row would be a configuration error; stop looking after that.
        for (var i = 0; i < 366 && !IsWorkingDay(day); i++)
        {
            day = day.AddDays(1);
        }

        var opening = day.ToDateTime(Opens);
        return new DateTimeOffset(opening, ToLocal(new DateTimeOffset(opening, local.Offset)).Offset);
    }

    public bool IsValid(out string reason)
    {
        reason = "";
        if (TimeZones.Find(TimeZone) is null)
        {
            reason = $"ChatBot:WorkingHours:TimeZone '{TimeZone}' is not a known time zone";
            return false;
        }

        if (Closes <= Opens)
        {
            reason = "ChatBot:WorkingHours: Closes must be later than Opens";
            return false;
        }

        if (MinutesPerWaitingConversation < 1)
        {
            reason = "ChatBot:WorkingHours:MinutesPerWaitingConversation must be at least 1";
            return false;
        }

        return true;
    }

    public bool IsWorkingDay(DateOnly day) => WorkingDays.Contains(day.DayOfWeek) && !Holidays.Contains(day);
}
