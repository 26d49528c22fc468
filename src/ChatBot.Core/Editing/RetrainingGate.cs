namespace ChatBot.Core.Editing;

/// <summary>Whether a new model may replace the old one without an editor's word: no language may drop by more than the margin.</summary>
public static class RetrainingGate
{
    /// <returns>Null when the new model may go in; else why it is held, in a line.</returns>
    public static string? Hold(RegressionScores before, RegressionScores after, double margin)
    {
        var drops = new List<string>();
        if (before.Ru - after.Ru > margin)
        {
            drops.Add($"ru {before.Ru:P1} → {after.Ru:P1}");
        }

        if (before.Kk - after.Kk > margin)
        {
            drops.Add($"kk {before.Kk:P1} → {after.Kk:P1}");
        }

        return drops.Count == 0 ? null : $"accuracy on the regression set drops by more than {margin:P1}: {string.Join(", ", drops)}";
    }
}
