using ChatBot.Core.Knowledge;

namespace ChatBot.Nlu.Evaluation;

/// <summary>One point of <see cref="ThresholdCurve"/>: what the bot would get right at one accept threshold.</summary>
public sealed record CurvePoint(double Accept, double InScopeAccuracy, double OosRecall);

/// <summary>
/// The trade-off a classifier's ranking allows between answering and refusing: in-scope accuracy and
/// out-of-scope recall at each accept threshold from 0 (only the <c>oos</c> class refuses: the raw top-1
/// accuracy) up, margin 0. Shows how far a threshold choice is from what the ranking could give.
/// </summary>
public static class ThresholdCurve
{
    public const double Step = 0.05;

    public static IReadOnlyList<CurvePoint> Trace(IReadOnlyList<ScoredExample> scored, DecisionThresholds thresholds)
    {
        var points = new List<CurvePoint>();
        for (var step = 0; step * Step <= 0.951; step++)
        {
            var accept = Math.Round(step * Step, 3);
            var metrics = EvaluationMetrics.Compute(scored, thresholds with { Accept = accept, Margin = 0 });
            points.Add(new CurvePoint(accept, metrics.InScopeAccuracy, metrics.OosRecall));
        }

        return points;
    }
}
