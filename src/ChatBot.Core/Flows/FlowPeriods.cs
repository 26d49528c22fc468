using System.Globalization;
using ChatBot.Core.Time;

namespace ChatBot.Core.Flows;

/// <summary>Survey periods are counted in Almaty time, whatever the server's zone.</summary>
public static class FlowPeriods
{
    public static string Of(FlowPeriod period, DateTimeOffset utc)
    {
        var local = AlmatyTime.Of(utc);
        return period == FlowPeriod.Month ? local.ToString("yyyy-MM", CultureInfo.InvariantCulture) : local.Year.ToString(CultureInfo.InvariantCulture);
    }
}
