namespace ChatBot.Core.Concurrency;

/// <summary>
/// Keys held by handles that may overlap (a console open in two tabs, two presses in one chat): a key stays held
/// until the last of its handles is disposed, and disposing one handle twice releases it once.
/// </summary>
public sealed class OverlappingHolds
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _holds = new(StringComparer.Ordinal);

    /// <summary>How many keys are held.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _holds.Count;
            }
        }
    }

    public bool IsHeld(string key)
    {
        lock (_lock)
        {
            return _holds.ContainsKey(key);
        }
    }

    public IDisposable Hold(string key)
    {
        lock (_lock)
        {
            _holds[key] = _holds.GetValueOrDefault(key) + 1;
        }

        return new Handle(this, key);
    }

    private void Release(string key)
    {
        lock (_lock)
        {
            if (--_holds[key] == 0)
            {
                _holds.Remove(key);
            }
        }
    }

    private sealed class Handle(OverlappingHolds holds, string key) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                holds.Release(key);
            }
        }
    }
}
