using System.Diagnostics;
using ChatBot.LoadTest.Api;

namespace ChatBot.LoadTest.Measuring;

/// <summary>Every request of the generator goes through here: paced, timed from when it was due, recorded.</summary>
internal sealed class TimedTurns(IPacer pacer, Recorder recorder)
{
    /// <param name="stop">Asks for no new turn; a turn already due finishes and is counted.</param>
    public async Task<TurnResult> RunAsync(TurnKind kind, Func<Task<TurnResult>> call, CancellationToken stop)
    {
        var due = await pacer.NextAsync(stop);
        var result = await call();
        recorder.Turn(kind, due, Stopwatch.GetTimestamp(), result);
        return result;
    }
}
