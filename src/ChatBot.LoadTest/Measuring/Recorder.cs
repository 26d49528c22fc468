using System.Diagnostics;
using ChatBot.LoadTest.Api;

namespace ChatBot.LoadTest.Measuring;

/// <summary>
/// Keeps every turn that ended inside the measured window (after the warm-up, before the end), by kind. A lock per
/// record is nothing beside an HTTP request, even at thousands a second.
/// </summary>
internal sealed class Recorder
{
    private readonly Dictionary<TurnKind, KindTally> _kinds = Enum.GetValues<TurnKind>().ToDictionary(k => k, _ => new KindTally());
    private readonly Dictionary<SessionKind, (int Completed, int Abandoned)> _sessions = Enum.GetValues<SessionKind>().ToDictionary(k => k, _ => (0, 0));
    private long _from = long.MaxValue;
    private long _until = long.MaxValue;

    public TimeSpan Window => Stopwatch.GetElapsedTime(_from, _until);

    public void Measure(long from, long until)
    {
        _from = from;
        _until = until;
    }

    public void Turn(TurnKind kind, long due, long done, TurnResult result)
    {
        if (done < _from || done > _until)
        {
            return;
        }

        var tally = _kinds[kind];
        lock (tally)
        {
            if (result.Error is { } error)
            {
                tally.Errors[error] = tally.Errors.GetValueOrDefault(error) + 1;
            }
            else
            {
                tally.LatenciesMs.Add(Stopwatch.GetElapsedTime(due, done).TotalMilliseconds);
                if (result.Replies.Count == 0 && kind != TurnKind.Health)
                {
                    tally.Unanswered++;
                }
            }
        }
    }

    public void Session(SessionKind kind, bool completed)
    {
        var now = Stopwatch.GetTimestamp();
        if (now < _from || now > _until)
        {
            return;
        }

        lock (_sessions)
        {
            var (done, abandoned) = _sessions[kind];
            _sessions[kind] = completed ? (done + 1, abandoned) : (done, abandoned + 1);
        }
    }

    public KindTally Of(TurnKind kind) => _kinds[kind];

    public IReadOnlyDictionary<SessionKind, (int Completed, int Abandoned)> Sessions => _sessions;
}
