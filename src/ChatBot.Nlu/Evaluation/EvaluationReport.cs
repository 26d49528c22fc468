using System.Text.Json.Serialization;
using ChatBot.Core.Knowledge;

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

    private static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)], 3);
}
