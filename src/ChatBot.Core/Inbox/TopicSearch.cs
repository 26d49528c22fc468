using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Inbox;

/// <summary>
/// The editor's search for the topic a question belongs to: by id, by title and by phrasing, in both languages
/// whatever the console's language (an editor may look for a Kazakh question's topic by its Russian title).
/// Titles that match come before phrasings that do; the off-topic label and system intents are no answer's topic.
/// </summary>
public static class TopicSearch
{
    /// <summary>At most this many for a query; no query lists every topic (the console's list of categories).</summary>
    public const int MaxResults = 20;

    public static IReadOnlyList<TopicMatch> Find(KnowledgeBase knowledge, string? query)
    {
        var wanted = TextNormalizer.Normalize(query ?? "");
        return knowledge.Intents
            .Where(i => !i.IsSystem)
            .Select(i => Match(i, wanted))
            .OfType<TopicMatch>()
            .OrderBy(m => m.Phrasing is null ? 0 : 1)
            .ThenBy(m => m.Topic.Title.Ru, StringComparer.Ordinal)
            .Take(wanted.Length == 0 ? int.MaxValue : MaxResults)
            .ToList();
    }

    private static TopicMatch? Match(IntentDefinition topic, string wanted)
    {
        if (wanted.Length == 0 || topic.Id.Contains(wanted, StringComparison.OrdinalIgnoreCase)
            || Has(topic.Title.Ru, wanted) || Has(topic.Title.Kk, wanted))
        {
            return new TopicMatch(topic, null);
        }

        var phrasing = topic.Questions.Values.SelectMany(q => q).FirstOrDefault(q => Has(q, wanted));
        return phrasing is null ? null : new TopicMatch(topic, phrasing);
    }

    private static bool Has(string text, string wanted) => TextNormalizer.Normalize(text).Contains(wanted, StringComparison.Ordinal);
}

/// <param name="Phrasing">The phrasing that matched, when the title did not.</param>
public sealed record TopicMatch(IntentDefinition Topic, string? Phrasing);
