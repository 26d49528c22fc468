using System.Diagnostics;

namespace ChatBot.LoadTest.Measuring;

/// <summary>
/// The open model: turn <c>i</c> is due at <c>start + i / rate</c> whoever sends it. Users take the turns in order; when
/// all of them are busy the next due turn waits, and since its latency is counted from when it was due, that wait is in
/// the figures: a slow service cannot slow the load down and hide its own queue (no coordinated omission).
/// </summary>
internal sealed class FixedRatePacer(double rate, long start) : IPacer
{
    private long _next = -1;

    public async ValueTask<long> NextAsync(CancellationToken stop)
    {
        stop.ThrowIfCancellationRequested();
        var index = Interlocked.Increment(ref _next);
        var due = start + (long)(index * Stopwatch.Frequency / rate);
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, stop);
        }

        return due;
    }
}
