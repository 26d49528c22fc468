using ChatBot.Core.Understanding;

namespace ChatBot.Core.Knowledge;

/// <summary>
/// How a short message right after an answer ("а для ТОО?", "а сроки?", "ал қанша?") is recognised as being about that
/// answer's topic, from knowledge/system/follow-ups.yaml: the words such a message starts with, how short it is, and
/// the sibling topics a word switches to (ИП → ТОО).
/// </summary>
/// <param name="Openings">How a follow-up starts, normalised ("а", "а для", "сколько", "ал", "қанша").</param>
/// <param name="MaxWords">The longest message, in words, still read as a follow-up by its opening.</param>
/// <param name="Switches">Sibling topics: after <c>From</c>, a message naming one of <c>Words</c> is about <c>To</c>.</param>
public sealed record FollowUpRules(IReadOnlyList<string> Openings, int MaxWords, IReadOnlyList<TopicSwitch> Switches)
{
    /// <summary>No rules: a knowledge folder without follow-ups.yaml reads every message on its own.</summary>
    public static FollowUpRules None { get; } = new([], 0, []);

    /// <summary>A short message that starts like a follow-up ("а ...", "сколько", "мерзімі").</summary>
    public bool LooksLikeFollowUp(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0 || normalized.Split(' ').Length > MaxWords)
        {
            return false;
        }

        return Openings.Any(o => normalized == o || normalized.StartsWith(o + " ", StringComparison.Ordinal));
    }

    /// <summary>The sibling of <paramref name="lastTopic"/> the message switches to by naming it ("а для ТОО?"), if any.</summary>
    public string? SwitchFrom(string lastTopic, string text)
    {
        var padded = " " + TextNormalizer.Normalize(text) + " ";
        return Switches.FirstOrDefault(s => s.From == lastTopic && s.Words.Any(w => padded.Contains(" " + w + " ", StringComparison.Ordinal)))?.To;
    }
}

/// <summary>After topic <c>From</c>, a message naming one of <c>Words</c> (normalised) is about topic <c>To</c>.</summary>
public sealed record TopicSwitch(string From, string To, IReadOnlyList<string> Words);
