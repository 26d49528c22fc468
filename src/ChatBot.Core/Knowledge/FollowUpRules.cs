using ChatBot.Core.Understanding;

namespace ChatBot.Core.Knowledge;

/// <summary>
/// How a short message right after an answer ("а для ТОО?", "а сроки?", "ал қанша?", "жшс ше?") is recognised as being
/// about that answer's topic, from knowledge/system/follow-ups.yaml: the words such a message starts or ends with, how
/// short it is, and the sibling topics a word switches to (ИП → ТОО).
/// </summary>
/// <param name="Openings">How a follow-up starts, normalised ("а", "а для", "сколько", "ал", "қанша").</param>
/// <param name="MaxWords">The longest message, in words, still read as a follow-up by its opening or ending.</param>
/// <param name="Switches">Sibling topics: after <c>From</c>, a message naming one of <c>Words</c> is about <c>To</c>.</param>
/// <param name="Endings">
/// How a follow-up ends, normalised: Kazakh puts the question word and the particle last ("жшс ше?", "капиталы қанша?",
/// "үйге тіркеуге бола ма?"), so for it the end says what the opening says in Russian.
/// </param>
public sealed record FollowUpRules(IReadOnlyList<string> Openings, int MaxWords, IReadOnlyList<TopicSwitch> Switches, IReadOnlyList<string> Endings)
{
    /// <summary>No rules: a knowledge folder without follow-ups.yaml reads every message on its own.</summary>
    public static FollowUpRules None { get; } = new([], 0, [], []);

    /// <summary>A short message that starts or ends like a follow-up ("а ...", "сколько", "мерзімі", "... ше").</summary>
    public bool LooksLikeFollowUp(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0 || normalized.Split(' ').Length > MaxWords)
        {
            return false;
        }

        return Openings.Any(o => normalized == o || normalized.StartsWith(o + " ", StringComparison.Ordinal))
            || Endings.Any(e => normalized == e || normalized.EndsWith(" " + e, StringComparison.Ordinal));
    }

    /// <summary>The sibling of <paramref name="lastTopic"/> the message switches to by naming it ("а для ТОО?"), if any.</summary>
    public string? SwitchFrom(string lastTopic, string text)
    {
        var words = TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Switches.FirstOrDefault(s => s.From == lastTopic && s.Words.Any(w => Names(words, w)))?.To;
    }

    /// <summary>
    /// Whether the message's words contain <paramref name="word"/> (one or more words) as whole words; a word ending in
    /// <see cref="TopicSwitch.Stem"/> also matches the words it begins, so that "қарыз*" finds "қарызы" and "қарызым"
    /// (Kazakh adds its endings to the word itself).
    /// </summary>
    private static bool Names(string[] words, string word)
    {
        var parts = word.Split(' ');
        for (var start = 0; start + parts.Length <= words.Length; start++)
        {
            var all = true;
            for (var i = 0; i < parts.Length && all; i++)
            {
                var part = parts[i];
                all = part.EndsWith(TopicSwitch.Stem)
                    ? words[start + i].StartsWith(part[..^1], StringComparison.Ordinal)
                    : words[start + i] == part;
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>After topic <c>From</c>, a message naming one of <c>Words</c> (normalised) is about topic <c>To</c>.</summary>
public sealed record TopicSwitch(string From, string To, IReadOnlyList<string> Words)
{
    /// <summary>Ends a word that stands for every word it begins ("долг*": "долги", "долгами").</summary>
    public const char Stem = '*';
}
