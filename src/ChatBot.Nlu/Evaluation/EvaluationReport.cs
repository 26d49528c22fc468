using System.Text.Json.Serialization;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Nlu.Evaluation;

/// <summary>The result of <c>chatbot nlu eval</c>, printed as one JSON object.</summary>
public sealed record EvaluationReport(
    [property: JsonPropertyName("n")] int Count,
    [property: JsonPropertyName("in_scope_accuracy")] double InScopeAccuracy,
    [property: JsonPropertyName("top3_recall")] double Top3Recall,
    [property: JsonPropertyName("oos_recall")] double OosRecall,
    [property: JsonPropertyName("oos_precision")] double OosPrecision,
    [property: JsonPropertyName("by_lang")] IReadOnlyDictionary<string, EvaluationMetrics> ByLanguage,
    [property: JsonPropertyName("thresholds")] DecisionThresholds Thresholds,
    [property: JsonPropertyName("train_seconds")] double TrainSeconds,
    [property: JsonPropertyName("predict_ms_p50")] double PredictMsP50,
    [property: JsonPropertyName("predict_ms_p99")] double PredictMsP99)
{
    /// <summary>Set when the test file has questions with <c>mention</c>.</summary>
    [JsonPropertyName("mentions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MentionMetrics? Mentions { get; init; }

    /// <summary>Expected topics the model was not trained on (topics not yet in the knowledge base): all misses.</summary>
    [JsonPropertyName("unknown_topics")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? UnknownTopics { get; init; }

    /// <summary>The same figures over the questions whose topic the model knows (and out of scope), when some are unknown.</summary>
    [JsonPropertyName("known_topics")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EvaluationReport? KnownTopics { get; init; }

    public static EvaluationReport Build(IReadOnlyList<ScoredExample> scored, DecisionThresholds thresholds, double trainSeconds)
    {
        var all = EvaluationMetrics.Compute(scored, thresholds);
        var byLanguage = scored
            .Where(s => s.Example.Lang is not null)
            .GroupBy(s => s.Example.Lang!)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => EvaluationMetrics.Compute(g.ToList(), thresholds));
        var times = scored.Select(s => s.Milliseconds).Order().ToList();
        return new EvaluationReport(
            all.Count, all.InScopeAccuracy, all.Top3Recall, all.OosRecall, all.OosPrecision, byLanguage, thresholds,
            Math.Round(trainSeconds, 2), Percentile(times, 0.50), Percentile(times, 0.99));
    }

    /// <summary>
    /// The report of a questions file: today's figures plus the mentions figure, and, when some
    /// expected topics are not among <paramref name="knownTopics"/>, the figures over the known ones.
    /// <paramref name="scored"/> holds <paramref name="questions"/>' examples in the same order.
    /// </summary>
    public static EvaluationReport Build(
        IReadOnlyList<ScoredExample> scored, IReadOnlyList<EvaluationQuestion> questions, DecisionThresholds thresholds,
        double trainSeconds, AnswerTexts answers, IReadOnlySet<string> knownTopics)
    {
        var pairs = scored.Zip(questions).ToList();
        var report = WithMentions(pairs, thresholds, trainSeconds, answers);
        var unknown = questions.Select(q => q.Example.Label)
            .Where(label => label != DecisionPolicy.OutOfScope && !knownTopics.Contains(label))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        if (unknown.Count == 0)
        {
            return report;
        }

        var known = pairs.Where(p => !unknown.Contains(p.First.Example.Label)).ToList();
        return report with
        {
            UnknownTopics = unknown,
            KnownTopics = WithMentions(known, thresholds, trainSeconds, answers),
        };
    }

    private static EvaluationReport WithMentions(
        IReadOnlyList<(ScoredExample Scored, EvaluationQuestion Question)> pairs, DecisionThresholds thresholds, double trainSeconds, AnswerTexts answers)
    {
        var report = Build(pairs.Select(p => p.Scored).ToList(), thresholds, trainSeconds);
        var byLanguage = report.ByLanguage.ToDictionary(
            entry => entry.Key,
            entry => entry.Value with { Mentions = MentionMetrics.Compute(pairs.Where(p => p.Question.Example.Lang == entry.Key), thresholds, answers) });
        return report with { ByLanguage = byLanguage, Mentions = MentionMetrics.Compute(pairs, thresholds, answers) };
    }

    private static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)], 3);
}
