namespace ChatBot.Core.Reports;

/// <summary>Medians and 90th percentiles as spreadsheets compute them (PERCENTILE.INC: linear between ranks), in seconds.</summary>
internal static class Durations
{
    public static DurationStats Of(IEnumerable<TimeSpan?> durations)
    {
        var seconds = durations.OfType<TimeSpan>().Select(d => d.TotalSeconds).Order().ToList();
        return seconds.Count == 0
            ? new DurationStats(0, null, null)
            : new DurationStats(seconds.Count, Percentile(seconds, 0.5), Percentile(seconds, 0.9));
    }

    private static double Percentile(List<double> sorted, double p)
    {
        var rank = p * (sorted.Count - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return Math.Round(sorted[below] + ((rank - below) * (sorted[above] - sorted[below])), 1);
    }
}
