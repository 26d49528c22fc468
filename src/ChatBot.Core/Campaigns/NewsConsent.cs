using ChatBot.Core.Announcements;

namespace ChatBot.Core.Campaigns;

/// <summary>
/// That a conversation agreed to receive news, and on which topics (<see cref="NewsTopics"/>). Kept on the
/// conversation while it holds; withdrawing it, turning off its last topic, or /forget removes it, so a conversation
/// without it is never written to first.
/// </summary>
public sealed class NewsConsent
{
    public DateTimeOffset GivenAt { get; set; }

    /// <summary>The topics chosen; null for a consent given before there were topics, which covers them all.</summary>
    public List<string>? Topics { get; set; }

    public bool Covers(string topic) => Topics is null || Topics.Contains(topic);

    public bool CoversAny(IEnumerable<string> topics) => topics.Any(Covers);

    /// <summary>The topics in effect, in the order of <see cref="NewsTopics.All"/>.</summary>
    public IReadOnlyList<string> Chosen => NewsTopics.All.Where(Covers).ToList();
}
