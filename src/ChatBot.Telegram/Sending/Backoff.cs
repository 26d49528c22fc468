namespace ChatBot.Telegram.Sending;

/// <summary>Waits that double after each failure in a row: 0.25 s, 0.5 s, 1 s, ... at most 30 s.</summary>
internal static class Backoff
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(0.25);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    public static TimeSpan After(int failuresInARow) =>
        failuresInARow <= 0 ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Min(Longest.Ticks, First.Ticks << Math.Min(failuresInARow - 1, 16)));
}
