namespace ChatBot.LoadTest.Measuring;

/// <summary>When the next turn is due; its latency is measured from that moment.</summary>
internal interface IPacer
{
    /// <returns>The <see cref="System.Diagnostics.Stopwatch"/> timestamp the turn was meant to be sent at.</returns>
    ValueTask<long> NextAsync(CancellationToken stop);
}
