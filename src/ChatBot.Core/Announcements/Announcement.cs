namespace ChatBot.Core.Announcements;

/// <summary>
/// A message an admin wrote in Russian and Kazakh for the subscribers of some topics on some channels: a draft until
/// sent, then sending (queued page by page, delivered through the outbox) until stopped, and sending again when resumed.
/// </summary>
public sealed class Announcement
{
    public string Id { get; set; } = "";

    public string TextRu { get; set; } = "";

    public string TextKk { get; set; } = "";

    /// <summary>Its topics (<see cref="NewsTopics"/>): a subscriber of any of them receives it.</summary>
    public List<string> Topics { get; set; } = [];

    /// <summary>The channels it goes to: telegram, web.</summary>
    public List<string> Channels { get; set; } = [];

    /// <summary>A survey whose "take the survey" button it carries: the survey invitation as an announcement.</summary>
    public string? SurveyId { get; set; }

    public string State { get; set; } = AnnouncementState.Draft;

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset? SentAt { get; set; }

    public string? SentBy { get; set; }

    public DateTimeOffset? StoppedAt { get; set; }

    public string? StoppedBy { get; set; }

    public string Text(Messages.Language language) => language == Messages.Language.Kk ? TextKk : TextRu;
}

/// <summary>Where an announcement stands.</summary>
public static class AnnouncementState
{
    public const string Draft = "draft";
    public const string Sending = "sending";
    public const string Stopped = "stopped";
}
