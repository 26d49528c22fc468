namespace ChatBot.Core.Time;

/// <summary>
/// Finds a time zone by its IANA id. Almaty is found even on a server without time-zone data (a slim
/// container image): there it is fixed UTC+5, as Almaty has been since March 2024.
/// </summary>
public static class TimeZones
{
    /// <returns>The zone, or null when the id is unknown.</returns>
    public static TimeZoneInfo? Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException) when (id == AlmatyTime.ZoneId)
        {
            return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(5), id, id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
