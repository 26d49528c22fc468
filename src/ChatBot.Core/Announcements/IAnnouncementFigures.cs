namespace ChatBot.Core.Announcements;

/// <summary>The announcements' figures for the reports (docs/announcements.md).</summary>
public interface IAnnouncementFigures
{
    /// <summary>Announcements whose sending began in [from, to), their recipients by status, and today's subscriptions.</summary>
    AnnouncementFigures For(DateTimeOffset from, DateTimeOffset to);
}

/// <param name="Sent">Announcements whose sending began in the period.</param>
/// <param name="Recipients">Their recipients by status now.</param>
/// <param name="Subscribers">Conversations with news consent now.</param>
/// <param name="SubscribersByTopic">Of those, how many chose each topic (a subscriber counts under each of theirs).</param>
public sealed record AnnouncementFigures(int Sent, RecipientCounts Recipients, int Subscribers, IReadOnlyDictionary<string, int> SubscribersByTopic);
