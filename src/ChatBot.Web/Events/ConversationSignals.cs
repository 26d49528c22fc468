using ChatBot.Core.Conversations;

namespace ChatBot.Web.Events;

/// <summary>
/// In-process wake-ups for open event streams: <see cref="Notify"/> completes the signal every current listener of
/// the conversation holds. A listener is taken before the store is read, so a message committed between the read and
/// the wait still wakes it.
/// </summary>
public sealed class ConversationSignals : IConversationNotifier
{
    private readonly Dictionary<string, Entry> _entries = [];

    public void Notify(string conversationId)
    {
        TaskCompletionSource fired;
        lock (_entries)
        {
            if (!_entries.TryGetValue(conversationId, out var entry))
            {
                return;
            }

            fired = entry.Signal;
            entry.Signal = NewSignal();
        }

        fired.TrySetResult();
    }

    /// <summary>A listener whose <see cref="Listener.Fired"/> completes at the next notification; dispose it when done.</summary>
    public Listener Listen(string conversationId)
    {
        lock (_entries)
        {
            if (!_entries.TryGetValue(conversationId, out var entry))
            {
                _entries[conversationId] = entry = new Entry();
            }

            entry.Listeners++;
            return new Listener(this, conversationId, entry.Signal.Task);
        }
    }

    /// <summary>How many conversations have listeners now (memory follows open streams).</summary>
    internal int ListenedConversations
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    private void Leave(string conversationId)
    {
        lock (_entries)
        {
            if (_entries.TryGetValue(conversationId, out var entry) && --entry.Listeners == 0)
            {
                _entries.Remove(conversationId);
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public sealed class Listener(ConversationSignals owner, string conversationId, Task fired) : IDisposable
    {
        private int _disposed;

        public Task Fired { get; } = fired;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Leave(conversationId);
            }
        }
    }

    private sealed class Entry
    {
        public TaskCompletionSource Signal { get; set; } = NewSignal();

        public int Listeners { get; set; }
    }
}
