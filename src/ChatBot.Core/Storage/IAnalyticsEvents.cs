using ChatBot.Core.Conversations;

namespace ChatBot.Core.Storage;

/// <summary>The turns' analytics events, read for the reports. They hold no personal data and stay after /forget.</summary>
public interface IAnalyticsEvents
{
    /// <summary>The events of the given types that happened in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    IReadOnlyList<AnalyticsEvent> Between(DateTimeOffset from, DateTimeOffset to, IReadOnlyCollection<string> types);
}
