namespace ChatBot.LoadTest.Measuring;

/// <summary>Nearest-rank percentiles of a sorted sample, in milliseconds rounded to a tenth.</summary>
internal static class Percentiles
{
    public static double? Of(IReadOnlyList<double> sorted, double percentile)
    {
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return Math.Round(sorted[Math.Clamp(rank, 1, sorted.Count) - 1], 1);
    }
}
