namespace ChatBot.Core.Campaigns;

/// <summary>The payloads of the subscribe and unsubscribe buttons.</summary>
public static class NewsPayloads
{
    public const string Subscribe = "news:on";
    public const string Unsubscribe = "news:off";
}
