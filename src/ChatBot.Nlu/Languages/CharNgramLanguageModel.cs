namespace ChatBot.Nlu.Languages;

/// <summary>
/// Naive Bayes over character 1–3-grams, trained on the knowledge base's own Russian and Kazakh
/// texts: a few kilobytes instead of a 143 MB general detector, and it learns Kazakh typed without
/// Kazakh letters from the variants written that way.
/// </summary>
internal sealed class CharNgramLanguageModel
{
    private const int MaxN = 3;
    private readonly Dictionary<string, double>[] _logProbabilities;
    private readonly double[] _unseen;

    public CharNgramLanguageModel(IReadOnlyList<IReadOnlyList<string>> textsPerClass)
    {
        _logProbabilities = new Dictionary<string, double>[textsPerClass.Count];
        _unseen = new double[textsPerClass.Count];
        var vocabulary = new HashSet<string>();
        var counts = textsPerClass.Select(texts =>
        {
            var count = new Dictionary<string, int>();
            foreach (var gram in texts.SelectMany(Grams))
            {
                count[gram] = count.GetValueOrDefault(gram) + 1;
                vocabulary.Add(gram);
            }

            return count;
        }).ToList();

        for (var c = 0; c < counts.Count; c++)
        {
            var total = counts[c].Values.Sum() + vocabulary.Count;
            _logProbabilities[c] = counts[c].ToDictionary(kv => kv.Key, kv => Math.Log((kv.Value + 1.0) / total));
            _unseen[c] = Math.Log(1.0 / total);
        }
    }

    /// <summary>Log-likelihood of the text under each class.</summary>
    public double[] Score(string text)
    {
        var scores = new double[_logProbabilities.Length];
        foreach (var gram in Grams(text))
        {
            for (var c = 0; c < scores.Length; c++)
            {
                scores[c] += _logProbabilities[c].TryGetValue(gram, out var p) ? p : _unseen[c];
            }
        }

        return scores;
    }

    private static IEnumerable<string> Grams(string text)
    {
        var padded = " " + text.ToLowerInvariant() + " ";
        for (var n = 1; n <= MaxN; n++)
        {
            for (var i = 0; i + n <= padded.Length; i++)
            {
                yield return padded.Substring(i, n);
            }
        }
    }
}
