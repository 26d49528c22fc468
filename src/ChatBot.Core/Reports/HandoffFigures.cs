using ChatBot.Core.Handoff;

namespace ChatBot.Core.Reports;

/// <summary>
/// Handoffs requested in the period (by the request's time): reasons and outcomes in their fixed order, waits of those
/// an operator took, handling times of those that ended after one took them, and the ratings given.
/// </summary>
internal static class HandoffFigures
{
    public static HandoffSection Of(IReadOnlyList<HandoffRecord> handoffs) => new(
        handoffs.Count,
        Enum.GetValues<HandoffReason>().Select(r => new KeyCount(r.ToString(), handoffs.Count(h => h.Reason == r))).ToList(),
        Enum.GetValues<HandoffOutcome>().Select(o => new KeyCount(o.ToString(), handoffs.Count(h => h.Outcome == o))).ToList(),
        Durations.Of(handoffs.Select(h => h.WaitTime)),
        Durations.Of(handoffs.Select(h => h.HandlingTime)),
        handoffs.Where(h => !string.IsNullOrEmpty(h.Operator))
            .GroupBy(h => h.Operator!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new OperatorFigures(g.Key, g.Count(), Durations.Of(g.Select(h => h.WaitTime)), Durations.Of(g.Select(h => h.HandlingTime)), Csat(g)))
            .ToList(),
        Csat(handoffs));

    private static CsatFigures Csat(IEnumerable<HandoffRecord> handoffs)
    {
        var ratings = handoffs.Select(h => h.Rating).OfType<int>().ToList();
        return ratings.Count == 0
            ? new CsatFigures(0, null, null)
            : new CsatFigures(ratings.Count, Math.Round(ratings.Average(), 2), Shares.Percent(ratings.Count(r => r >= 4), ratings.Count));
    }
}
