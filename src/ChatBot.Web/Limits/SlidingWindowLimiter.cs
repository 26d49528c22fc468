namespace ChatBot.Web.Limits;

/// <summary>
/// At most N events per key in any 60 seconds, counted exactly from the times of the events themselves; the clock is
/// injected so that tests move it instead of waiting. 0 means no limit.
/// </summary>
internal sealed class SlidingWindowLimiter(int perMinute, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _events = [];
    private DateTimeOffset _lastSweep = time.GetUtcNow();

    /// <returns>Whether the event may happen now; if not, how long until it may.</returns>
    public bool TryAcquire(string key, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (perMinute <= 0)
        {
            return true;
        }

        var now = time.GetUtcNow();
        lock (_events)
        {
            SweepIdleKeys(now);
            if (!_events.TryGetValue(key, out var times))
            {
                _events[key] = times = new Queue<DateTimeOffset>();
            }

            while (times.Count > 0 && times.Peek() <= now - Window)
            {
                times.Dequeue();
            }

            if (times.Count >= perMinute)
            {
                retryAfter = times.Peek() + Window - now;
                return false;
            }

            times.Enqueue(now);
            return true;
        }
    }

    /// <summary>Once a minute, forgets keys with no event inside the window, so memory follows current traffic.</summary>
    private void SweepIdleKeys(DateTimeOffset now)
    {
        if (now - _lastSweep < Window)
        {
            return;
        }

        _lastSweep = now;
        foreach (var (key, times) in _events.Where(e => e.Value.Count == 0 || e.Value.Last() <= now - Window).ToList())
        {
            _events.Remove(key);
        }
    }
}
