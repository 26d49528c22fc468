using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Inbox;

/// <summary>
/// A near tie between the top two topics: the second's probability within the policy's margin (knowledge/policy.yaml,
/// <c>margin</c>, 0.10) of the first's, the same margin below which the bot does not answer directly. Middling
/// confidence with a clear leader is not a tie and is not sent to the editors.
/// </summary>
public static class NearTie
{
    public static bool Between(IReadOnlyList<IntentScore> suggestions, DecisionThresholds thresholds) =>
        suggestions.Count >= 2 && suggestions[0].Probability - suggestions[1].Probability < thresholds.Margin;
}
