using ChatBot.Core.Handoff;
using ChatBot.Core.Time;

namespace ChatBot.Core.Applications;

/// <summary>
/// Time counted only while the chamber works: the working days and hours of <see cref="WorkingHours"/>, without its
/// holidays (Kazakhstan's, shipped for 2026–2027 in appsettings.json), in its time zone.
/// </summary>
public sealed class BusinessHours(WorkingHours hours)
{
    // Ten years of days: a calendar without a single working day would be a configuration error.
    private const int MaxDays = 3660;

    private readonly TimeZoneInfo _zone = TimeZones.Find(hours.TimeZone) ?? throw new TimeZoneNotFoundException($"time zone '{hours.TimeZone}' is unknown");

    public WorkingHours Hours => hours;

    /// <summary>The moment when <paramref name="duration"/> of working time has passed since <paramref name="start"/>.</summary>
    public DateTimeOffset Add(DateTimeOffset start, TimeSpan duration)
    {
        var remaining = duration;
        var day = DateOnly.FromDateTime(hours.ToLocal(start).DateTime);
        for (var i = 0; i < MaxDays; i++, day = day.AddDays(1))
        {
            if (Window(day) is not var (opens, closes))
            {
                continue;
            }

            var from = start > opens ? start : opens;
            var available = closes - from;
            if (available <= TimeSpan.Zero)
            {
                continue;
            }

            if (remaining <= available)
            {
                return from + remaining;
            }

            remaining -= available;
        }

        throw new InvalidOperationException("the working calendar has no working time in ten years");
    }

    /// <summary>The working time between two moments (zero when <paramref name="to"/> is not later).</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        var day = DateOnly.FromDateTime(hours.ToLocal(from).DateTime);
        var last = DateOnly.FromDateTime(hours.ToLocal(to).DateTime);
        for (var i = 0; i < MaxDays && day <= last; i++, day = day.AddDays(1))
        {
            if (Window(day) is var (opens, closes))
            {
                var start = from > opens ? from : opens;
                var end = to < closes ? to : closes;
                if (end > start)
                {
                    total += end - start;
                }
            }
        }

        return total;
    }

    private (DateTimeOffset Opens, DateTimeOffset Closes)? Window(DateOnly day) =>
        hours.IsWorkingDay(day) ? (At(day, hours.Opens), At(day, hours.Closes)) : null;

    private DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }
}
