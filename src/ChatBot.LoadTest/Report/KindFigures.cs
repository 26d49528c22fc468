using ChatBot.LoadTest.Measuring;

namespace ChatBot.LoadTest.Report;

/// <summary>One row of the report: how many turns were answered, how fast, how late, how many failed.</summary>
public sealed record KindFigures(
    int Turns, double TurnsPerSecond, double? P50Ms, double? P95Ms, double? P99Ms, double? MaxMs, int Errors, int Unanswered,
    IReadOnlyDictionary<string, int> ErrorKinds)
{
    internal static KindFigures Of(IEnumerable<KindTally> tallies, TimeSpan window)
    {
        var list = tallies.ToList();
        var latencies = list.SelectMany(t => t.LatenciesMs).Order().ToList();
        var errorKinds = list.SelectMany(t => t.Errors)
            .GroupBy(e => e.Key)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(e => e.Value));
        var seconds = Math.Max(window.TotalSeconds, 1e-9);
        return new KindFigures(
            latencies.Count,
            Math.Round(latencies.Count / seconds, 1),
            Percentiles.Of(latencies, 50),
            Percentiles.Of(latencies, 95),
            Percentiles.Of(latencies, 99),
            Percentiles.Of(latencies, 100),
            errorKinds.Values.Sum(),
            list.Sum(t => t.Unanswered),
            errorKinds);
    }
}
