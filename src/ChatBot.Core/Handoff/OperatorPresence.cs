namespace ChatBot.Core.Handoff;

/// <summary>
/// Which operators have their console open (its live event stream connected), so that the wait a user is told
/// shrinks when several operators share the queue. A console open in two tabs counts its operator once.
/// </summary>
public sealed class OperatorPresence
{
    private readonly Dictionary<string, int> _streams = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public int Online
    {
        get
        {
            lock (_gate)
            {
                return _streams.Count;
            }
        }
    }

    /// <returns>The connection; disposing it marks the end of this stream.</returns>
    public IDisposable Connect(string login)
    {
        lock (_gate)
        {
            _streams[login] = _streams.GetValueOrDefault(login) + 1;
        }

        return new Connection(this, login);
    }

    private void Disconnect(string login)
    {
        lock (_gate)
        {
            if (_streams.TryGetValue(login, out var count) && count > 1)
            {
                _streams[login] = count - 1;
            }
            else
            {
                _streams.Remove(login);
            }
        }
    }

    private sealed class Connection(OperatorPresence presence, string login) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                presence.Disconnect(login);
            }
        }
    }
}
