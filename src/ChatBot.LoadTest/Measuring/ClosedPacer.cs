using System.Diagnostics;

namespace ChatBot.LoadTest.Measuring;

/// <summary>The closed model: each user sends as soon as its previous turn is answered, so the load follows the service.</summary>
internal sealed class ClosedPacer : IPacer
{
    public ValueTask<long> NextAsync(CancellationToken stop)
    {
        stop.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Stopwatch.GetTimestamp());
    }
}
