using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Editing;

/// <summary>Finds FAQ topics by words of their titles and phrasings, in both languages, as users' spellings are matched.</summary>
public static class TopicSearch
{
    /// <summary>Topics whose title or some phrasing holds every word of <paramref name="query"/>; all FAQ topics for an empty one.</summary>
    public static IReadOnlyList<IntentDefinition> Find(KnowledgeBase knowledge, string? query)
    {
        var words = TextNormalizer.Normalize(query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return knowledge.Intents
            .Where(i => !i.IsSystem)
            .Where(i => words.Length == 0 || Texts(i).Any(text => words.All(text.Contains)))
            .ToList();
    }

    private static IEnumerable<string> Texts(IntentDefinition topic) =>
        new[] { topic.Id, topic.Title.Ru, topic.Title.Kk }.Concat(topic.Questions.Values.SelectMany(q => q)).Select(TextNormalizer.Normalize);
}
