using System.Threading.Channels;
using ChatBot.Core.Handoff;

namespace ChatBot.Operators.Events;

/// <summary>
/// Fans out "this conversation changed" to every open console: the user wrote (from the engine's
/// <see cref="HandoffSignals"/>) or an operator acted. Each console then reloads what it shows.
/// </summary>
public sealed class OperatorEvents
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _listeners = [];

    public OperatorEvents(HandoffSignals signals) => signals.Changed += Raise;

    public void Raise(string conversationId)
    {
        lock (_gate)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(conversationId);
            }
        }
    }

    public Subscription Listen()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            _listeners.Add(channel);
        }

        return new Subscription(channel.Reader, () =>
        {
            lock (_gate)
            {
                _listeners.Remove(channel);
            }
        });
    }

    public sealed class Subscription(ChannelReader<string> reader, Action stop) : IDisposable
    {
        public ChannelReader<string> Reader { get; } = reader;

        public void Dispose() => stop();
    }
}
