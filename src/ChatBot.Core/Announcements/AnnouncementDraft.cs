using ChatBot.Core.Messages;

namespace ChatBot.Core.Announcements;

/// <summary>What an admin writes: the text in both languages, the topics, the channels, optionally a survey to start.</summary>
public sealed record AnnouncementDraft(string? TextRu, string? TextKk, IReadOnlyList<string>? Topics, IReadOnlyList<string>? Channels, string? SurveyId = null)
{
    /// <summary>Leaves room for the footer within Telegram's 4,096 characters, so an announcement is one message.</summary>
    public const int MaxTextLength = 3500;

    public static readonly IReadOnlyList<string> SendableChannels = [Messages.Channels.Telegram, Messages.Channels.Web];

    /// <summary>Why the draft cannot be an announcement, or null when it can.</summary>
    public string? Problem(IReadOnlySet<string> surveys)
    {
        foreach (var (text, language) in new[] { (TextRu, "ru"), (TextKk, "kk") })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return $"the text in {language} is missing: an announcement is written in Russian and Kazakh";
            }

            if (text.Length > MaxTextLength)
            {
                return $"the text in {language} has {text.Length} characters; at most {MaxTextLength}";
            }
        }

        if (Chosen(Topics, NewsTopics.All, "topic") is { } topicProblem)
        {
            return topicProblem;
        }

        if (Chosen(Channels, SendableChannels, "channel") is { } channelProblem)
        {
            return channelProblem;
        }

        return SurveyId is { Length: > 0 } survey && !surveys.Contains(survey) ? $"no survey '{survey}'; known: {string.Join(", ", surveys)}" : null;
    }

    private static string? Chosen(IReadOnlyList<string>? chosen, IReadOnlyList<string> known, string what) =>
        chosen is not { Count: > 0 } ? $"no {what} chosen; known: {string.Join(", ", known)}"
        : chosen.FirstOrDefault(c => !known.Contains(c)) is { } unknown ? $"no {what} '{unknown}'; known: {string.Join(", ", known)}"
        : null;

    public Announcement ToAnnouncement(string id, string who, DateTimeOffset now) => new()
    {
        Id = id,
        TextRu = TextRu!.Trim(),
        TextKk = TextKk!.Trim(),
        Topics = NewsTopics.All.Where(Topics!.Contains).ToList(),
        Channels = SendableChannels.Where(Channels!.Contains).ToList(),
        SurveyId = string.IsNullOrWhiteSpace(SurveyId) ? null : SurveyId,
        CreatedAt = now,
        CreatedBy = who,
    };
}
