namespace ChatBot.Web.Events;

/// <summary>
/// One timer for the waits of every open event stream (keep-alives, the optional look): a wait ends on the first whole
/// second of the clock at or after it is due, so the streams due within one second wake together, once a second at
/// most, and with no stream open the timer sleeps. A timer per stream woke the process for each keep-alive alone, and
/// most of what an idle stream cost was those wake-ups, not the bytes written.
/// </summary>
internal sealed class StreamClock : IDisposable
{
    /// <summary>The clock's resolution: a wait ends up to this much after it is due.</summary>
    public static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);

    // Longer waits end at this: a stream's loop only waits again, and the sums below stay far from overflow.
    private static readonly TimeSpan Longest = TimeSpan.FromDays(1);

    private readonly TimeProvider _time;
    private readonly ITimer _timer;
    private readonly long _timestampsPerTick;
    private readonly Lock _gate = new();
    private readonly PriorityQueue<Alarm, long> _alarms = new();

    // The tick the timer is set for; long.MaxValue: none.
    private long _armedFor = long.MaxValue;
    private bool _disposed;

    public StreamClock(TimeProvider time)
    {
        _time = time;
        _timestampsPerTick = (long)(time.TimestampFrequency * Tick.TotalSeconds);
        _timer = time.CreateTimer(static clock => ((StreamClock)clock!).Ring(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>How many waits are pending, ended or not (a wait ended early stays until its tick).</summary>
    internal int Pending
    {
        get
        {
            lock (_gate)
            {
                return _alarms.Count;
            }
        }
    }

    /// <summary>
    /// A task that completes on the first tick at least <paramref name="delay"/> from now, or when
    /// <paramref name="cancellation"/> is cancelled; it never faults. Monotonic time: a change of the wall clock
    /// neither hastens nor holds it.
    /// </summary>
    public Task Delay(TimeSpan delay, CancellationToken cancellation)
    {
        var alarm = new Alarm(cancellation);
        var seconds = Math.Clamp(delay.TotalSeconds, 0, Longest.TotalSeconds);
        var due = _time.GetTimestamp() + (long)(seconds * _time.TimestampFrequency);
        var tick = (due + _timestampsPerTick - 1) / _timestampsPerTick;
        lock (_gate)
        {
            // Shutting down: the stream's own token ends the wait, and a stopped timer must not be set again.
            if (_disposed)
            {
                return alarm.Task;
            }

            _alarms.Enqueue(alarm, tick);
            if (tick < _armedFor)
            {
                Arm(tick);
            }
        }

        return alarm.Task;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer.Dispose();
        }
    }

    private void Ring()
    {
        List<Alarm>? ringing = null;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            var now = _time.GetTimestamp() / _timestampsPerTick;
            while (_alarms.TryPeek(out var alarm, out var tick) && tick <= now)
            {
                _alarms.Dequeue();
                (ringing ??= []).Add(alarm);
            }

            _armedFor = long.MaxValue;
            if (_alarms.TryPeek(out _, out var next))
            {
                Arm(next);
            }
        }

        // Outside the lock: each completion schedules its stream on the thread pool, together, one after another.
        foreach (var alarm in ringing ?? [])
        {
            alarm.Ring();
        }
    }

    private void Arm(long tick)
    {
        _armedFor = tick;
        var timestamps = Math.Max(tick * _timestampsPerTick - _time.GetTimestamp(), 0);

        // Whole milliseconds, rounded up: the system timer counts in them, and one that fired a fraction early would
        // find nothing due and have to be set again.
        var milliseconds = Math.Ceiling(timestamps * 1000.0 / _time.TimestampFrequency);
        _timer.Change(TimeSpan.FromMilliseconds(milliseconds), Timeout.InfiniteTimeSpan);
    }

    /// <summary>One wait: its task completes at its tick or at cancellation, whichever is first.</summary>
    private sealed class Alarm : TaskCompletionSource
    {
        private readonly CancellationTokenRegistration _cancellation;

        public Alarm(CancellationToken cancellation)
            : base(TaskCreationOptions.RunContinuationsAsynchronously) =>
            _cancellation = cancellation.UnsafeRegister(static alarm => ((Alarm)alarm!).Ring(), this);

        public void Ring()
        {
            TrySetResult();
            _cancellation.Dispose();
        }
    }
}
