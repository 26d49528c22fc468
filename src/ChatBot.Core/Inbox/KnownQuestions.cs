using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Inbox;

/// <summary>
/// The training text as the inbox compares it: every phrasing of every topic and system intent, normalized, per
/// language. A question already there is hidden from the inbox: there is nothing to add, whatever the classifier did.
/// </summary>
public sealed class KnownQuestions
{
    private readonly Dictionary<Language, HashSet<string>> _known;

    public KnownQuestions(KnowledgeBase knowledge) => _known = knowledge.Intents
        .SelectMany(i => i.Questions)
        .GroupBy(q => q.Key)
        .ToDictionary(g => g.Key, g => g.SelectMany(q => q.Value).Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal));

    public bool Contains(string language, string question) =>
        question.Length > 0
        && LanguageCodes.TryParse(language, out var parsed)
        && _known.TryGetValue(parsed, out var known)
        && known.Contains(TextNormalizer.Normalize(question));
}
