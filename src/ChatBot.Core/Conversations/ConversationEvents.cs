using System.Threading.Channels;

namespace ChatBot.Core.Conversations;

/// <summary>
/// The one in-process bus for "something changed in this conversation", published after the change is committed.
/// The widget's stream listens to its conversation, the console's stream and the Telegram sender to every
/// conversation they care for. It carries no messages: a listener that wakes reads the store, so a wake-up lost
/// (or a change made by another process) costs no more than the listener's next look.
/// </summary>
public sealed class ConversationEvents : IConversationNotifier
{
    // Enough for a burst of changes between two reads of a slow listener; past that the oldest go, and the
    // listener's next read of the store covers them.
    private const int QueuedPerListener = 256;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Wakeup> _conversations = [];
    private readonly List<Subscription> _subscriptions = [];

    /// <summary>How many conversations have listeners now (memory follows open streams).</summary>
    internal int ListenedConversations
    {
        get
        {
            lock (_gate)
            {
                return _conversations.Count;
            }
        }
    }

    public void Publish(string conversationId, ConversationChange change)
    {
        TaskCompletionSource? fired = null;
        lock (_gate)
        {
            if (_conversations.TryGetValue(conversationId, out var wakeup))
            {
                fired = wakeup.Signal;
                wakeup.Signal = NewSignal();
            }

            foreach (var subscription in _subscriptions)
            {
                subscription.Offer(new ConversationEvent(conversationId, change));
            }
        }

        fired?.TrySetResult();
    }

    /// <summary>Messages were committed for the user outside a turn of their own.</summary>
    public void Notify(string conversationId) => Publish(conversationId, ConversationChange.Replies);

    /// <summary>
    /// A listener whose <see cref="Listener.Fired"/> completes at the next change of the conversation; take it before
    /// reading the store, so that a change committed between the read and the wait still wakes it. Dispose it when done.
    /// </summary>
    public Listener Listen(string conversationId)
    {
        lock (_gate)
        {
            if (!_conversations.TryGetValue(conversationId, out var wakeup))
            {
                _conversations[conversationId] = wakeup = new Wakeup();
            }

            wakeup.Listeners++;
            return new Listener(this, conversationId, wakeup.Signal.Task);
        }
    }

    /// <summary>Every change of every conversation from now on, or those <paramref name="only"/> keeps; dispose it when done.</summary>
    public Subscription ListenAll(Func<ConversationEvent, bool>? only = null)
    {
        var subscription = new Subscription(this, only ?? (_ => true));
        lock (_gate)
        {
            _subscriptions.Add(subscription);
        }

        return subscription;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Leave(string conversationId)
    {
        lock (_gate)
        {
            if (_conversations.TryGetValue(conversationId, out var wakeup) && --wakeup.Listeners == 0)
            {
                _conversations.Remove(conversationId);
            }
        }
    }

    private void Leave(Subscription subscription)
    {
        lock (_gate)
        {
            _subscriptions.Remove(subscription);
        }
    }

    public sealed class Listener(ConversationEvents owner, string conversationId, Task fired) : IDisposable
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

    public sealed class Subscription : IDisposable
    {
        private readonly ConversationEvents _owner;
        private readonly Func<ConversationEvent, bool> _only;
        private readonly Channel<ConversationEvent> _queue =
            Channel.CreateBounded<ConversationEvent>(new BoundedChannelOptions(QueuedPerListener) { FullMode = BoundedChannelFullMode.DropOldest });

        internal Subscription(ConversationEvents owner, Func<ConversationEvent, bool> only)
        {
            _owner = owner;
            _only = only;
        }

        public ChannelReader<ConversationEvent> Reader => _queue.Reader;

        public void Dispose() => _owner.Leave(this);

        internal void Offer(ConversationEvent change)
        {
            if (_only(change))
            {
                _queue.Writer.TryWrite(change);
            }
        }
    }

    private sealed class Wakeup
    {
        public TaskCompletionSource Signal { get; set; } = NewSignal();

        public int Listeners { get; set; }
    }
}
