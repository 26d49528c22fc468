namespace ChatBot.Core.Flows;

/// <summary>Survey periods are counted in Almaty time (UTC+5), whatever the server's zone.</summary>
public static class FlowPeriods
{
    private static readonly TimeZoneInfo Almaty = FindAlmaty();

    public static DateTimeOffset ToAlmaty(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Almaty);

    public static string Of(FlowPeriod period, DateTimeOffset utc)
    {
        var local = ToAlmaty(utc);
        return period == FlowPeriod.Month ? local.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) : local.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static TimeZoneInfo FindAlmaty()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Almaty", TimeSpan.FromHours(5), "Asia/Almaty", "Asia/Almaty");
        }
    }
}
