using ChatBot.Core.Conversations;

namespace ChatBot.Core.Reports;

/// <summary>Consents and erasures from the turns' events, which stay after the erasure they count.</summary>
internal static class DataProtectionFigures
{
    public static readonly IReadOnlyList<string> EventTypes =
        [AnalyticsEventTypes.ConsentGiven, AnalyticsEventTypes.ErasureRequested, AnalyticsEventTypes.ErasureDone];

    public static DataProtectionSection Of(IReadOnlyList<AnalyticsEvent> events)
    {
        var requested = events.Count(e => e.Type == AnalyticsEventTypes.ErasureRequested);
        var done = events.Count(e => e.Type == AnalyticsEventTypes.ErasureDone);
        return new DataProtectionSection(events.Count(e => e.Type == AnalyticsEventTypes.ConsentGiven), requested, done, Shares.Percent(done, requested));
    }
}
