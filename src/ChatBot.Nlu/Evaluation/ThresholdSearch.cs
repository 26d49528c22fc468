using ChatBot.Core.Knowledge;

namespace ChatBot.Nlu.Evaluation;

/// <summary>Chooses the accept threshold and margin that maximise in-scope accuracy plus out-of-scope recall.</summary>
public static class ThresholdSearch
{
    public static DecisionThresholds Choose(IReadOnlyList<ScoredExample> validation, DecisionThresholds current)
    {
        var best = current;
        var bestObjective = double.MinValue;
        for (var accept = 0.0; accept <= 0.951; accept += 0.025)
        {
            for (var margin = 0.0; margin <= 0.501; margin += 0.025)
            {
                var candidate = current with { Accept = Math.Round(accept, 3), Margin = Math.Round(margin, 3) };
                var objective = EvaluationMetrics.Compute(validation, candidate).Objective;
                if (objective > bestObjective + 1e-9)
                {
                    (best, bestObjective) = (candidate, objective);
                }
            }
        }

        return best;
    }
}
