using ChatBot.Core.Sessions;

namespace ChatBot.Core.Reports;

/// <summary>Every outcome in a fixed order (the enum's), with its share of the period's sessions and of the previous period's.</summary>
internal static class OutcomeFigures
{
    public static OutcomeSection Of(IReadOnlyList<SessionOutcome> sessions, IReadOnlyList<SessionOutcome> previous)
    {
        var results = Enum.GetValues<SessionResult>();
        var counts = results.Select(r => sessions.Count(s => s.Result == r)).ToList();
        var before = results.Select(r => previous.Count(s => s.Result == r)).ToList();
        var shares = Shares.OfWhole(counts);
        var previousShares = Shares.OfWhole(before);
        return new OutcomeSection(
            sessions.Count,
            results.Select((r, i) => new OutcomeFigure(r, counts[i], shares[i], before[i], previousShares[i], Math.Round(shares[i] - previousShares[i], 2))).ToList());
    }
}
