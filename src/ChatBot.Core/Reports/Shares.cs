namespace ChatBot.Core.Reports;

/// <summary>Percentages that add up.</summary>
internal static class Shares
{
    /// <summary>
    /// The counts as percentages with two decimals that sum to exactly 100 (all 0 when the counts are): each is rounded
    /// down, and the hundredths left over go to the largest remainders, the first of equal ones first.
    /// </summary>
    public static IReadOnlyList<double> OfWhole(IReadOnlyList<int> counts)
    {
        var total = counts.Sum();
        if (total == 0)
        {
            return counts.Select(_ => 0.0).ToList();
        }

        var exact = counts.Select(c => 10_000.0 * c / total).ToList();
        var hundredths = exact.Select(e => (long)Math.Floor(e)).ToArray();
        var left = 10_000 - hundredths.Sum();
        foreach (var index in exact.Select((e, i) => (Remainder: e - Math.Floor(e), Index: i))
                     .OrderByDescending(r => r.Remainder).ThenBy(r => r.Index).Take((int)left).Select(r => r.Index))
        {
            hundredths[index]++;
        }

        return hundredths.Select(h => h / 100.0).ToList();
    }

    /// <summary>The part in percent of the whole, two decimals; 0 of nothing.</summary>
    public static double Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 2);
}
