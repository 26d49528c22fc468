using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Understanding;

/// <summary>
/// Turns classifier scores into a decision. Kept apart from the classifier so that thresholds are
/// data, chosen by measurement, and the same rule serves the engine and the evaluation.
/// </summary>
public static class DecisionPolicy
{
    /// <summary>The label of training lines that mean "none of our intents" (CLINC150's oos_train).</summary>
    public const string OutOfScope = "oos";

    public const int MaxSuggestions = 3;

    public static Decision Decide(IReadOnlyList<IntentScore> scores, DecisionThresholds thresholds)
    {
        if (scores.Count == 0)
        {
            return new Decision.Fallback([]);
        }

        var top = scores[0];
        var secondProbability = scores.Count > 1 ? scores[1].Probability : 0;
        if (top.Intent == OutOfScope)
        {
            return new Decision.Fallback(InScope(scores).Take(MaxSuggestions).ToList());
        }

        if (top.Probability >= thresholds.Accept && top.Probability - secondProbability >= thresholds.Margin)
        {
            return new Decision.Accept(top);
        }

        var suggestions = InScope(scores).Where(s => s.Probability >= thresholds.Suggest).Take(MaxSuggestions).ToList();
        return suggestions.Count > 0
            ? new Decision.Clarify(suggestions)
            : new Decision.Fallback(InScope(scores).Take(MaxSuggestions).ToList());
    }

    private static IEnumerable<IntentScore> InScope(IEnumerable<IntentScore> scores) =>
        scores.Where(s => s.Intent != OutOfScope);
}
