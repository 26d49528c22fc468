using System.Text.Json.Serialization;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Nlu.Evaluation;

/// <summary>
/// How the bot would do on a test set under a decision policy. An in-scope line counts as correct
/// when the bot would answer it directly with its label; an out-of-scope line when it would not
/// answer it from the knowledge base.
/// </summary>
public sealed record EvaluationMetrics(
    [property: JsonPropertyName("n")] int Count,
    [property: JsonPropertyName("in_scope_accuracy")] double InScopeAccuracy,
    [property: JsonPropertyName("top3_recall")] double Top3Recall,
    [property: JsonPropertyName("oos_recall")] double OosRecall,
    [property: JsonPropertyName("oos_precision")] double OosPrecision)
{
    /// <summary>Set when the test file has questions with <c>mention</c>.</summary>
    [JsonPropertyName("mentions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MentionMetrics? Mentions { get; init; }

    public static EvaluationMetrics Compute(IReadOnlyList<ScoredExample> scored, DecisionThresholds thresholds)
    {
        int inScope = 0, correct = 0, inTop3 = 0, oos = 0, oosRejected = 0, rejected = 0;
        foreach (var item in scored)
        {
            var decision = DecisionPolicy.Decide(item.Scores, thresholds);
            var answered = decision is Decision.Accept accept ? accept.Top.Intent : null;
            if (answered is null)
            {
                rejected++;
            }

            if (item.IsOutOfScope)
            {
                oos++;
                oosRejected += answered is null ? 1 : 0;
                continue;
            }

            inScope++;
            correct += answered == item.Example.Label ? 1 : 0;
            inTop3 += item.Scores.Where(s => s.Intent != DecisionPolicy.OutOfScope).Take(DecisionPolicy.MaxSuggestions)
                .Any(s => s.Intent == item.Example.Label) ? 1 : 0;
        }

        return new EvaluationMetrics(
            scored.Count,
            Ratio(correct, inScope),
            Ratio(inTop3, inScope),
            Ratio(oosRejected, oos),
            Ratio(oosRejected, rejected));
    }

    /// <summary>What the thresholds are chosen to maximise.</summary>
    [JsonIgnore]
    public double Objective => InScopeAccuracy + OosRecall;

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);
}
