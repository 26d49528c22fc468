using ChatBot.Core.Understanding;

namespace ChatBot.Core.Inbox;

/// <summary>
/// How alike two spellings of a question are: the cosine of their character trigram counts, taken within words
/// (each word padded with a space at both ends) after <see cref="TextNormalizer"/>, so that case, ё, Kazakh letters
/// typed as Russian ones, Latin transliteration, punctuation and word order do not count, and a typo costs only the
/// few trigrams it touches.
/// </summary>
public static class QuestionSimilarity
{
    /// <summary>
    /// Two questions at or above this are one row of the inbox. Chosen on spellings of one short question: a dropped
    /// letter ("как отрыть ип", 0.78), a doubled one (0.88), a word more (0.84–0.89), case, punctuation and word
    /// order (1.0) stay together, while "как закрыть ИП" (0.75) and "как открыть ИП в 2026 году" (0.76) make rows of
    /// their own. Erring towards two rows is the cheaper mistake: bulk actions take both, while a merged row would
    /// hide a different question. See InboxGroupingTests.
    /// </summary>
    public const double SameQuestion = 0.77;

    public static IReadOnlyDictionary<string, int> Trigrams(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var padded = " " + word + " ";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                var gram = padded.Substring(i, 3);
                counts[gram] = counts.GetValueOrDefault(gram) + 1;
            }
        }

        return counts;
    }

    public static double Cosine(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var dot = a.Sum(pair => (double)pair.Value * b.GetValueOrDefault(pair.Key));
        return dot / (Norm(a) * Norm(b));
    }

    public static double Of(string a, string b) => Cosine(Trigrams(a), Trigrams(b));

    private static double Norm(IReadOnlyDictionary<string, int> vector) => Math.Sqrt(vector.Values.Sum(v => (double)v * v));
}
