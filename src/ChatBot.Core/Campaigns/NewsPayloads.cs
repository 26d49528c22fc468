namespace ChatBot.Core.Campaigns;

/// <summary>The payloads of the news buttons: subscribe to all topics, unsubscribe, show the settings, toggle one topic.</summary>
public static class NewsPayloads
{
    public const string Subscribe = "news:on";
    public const string Unsubscribe = "news:off";
    public const string Settings = "news:settings";
    public const string TopicPrefix = "news:topic:";

    public static string Toggle(string topic) => TopicPrefix + topic;

    /// <summary>The topic a toggle names, or null when the payload is no toggle.</summary>
    public static string? ToggledTopic(string? payload) =>
        payload is not null && payload.StartsWith(TopicPrefix, StringComparison.Ordinal) ? payload[TopicPrefix.Length..] : null;
}
