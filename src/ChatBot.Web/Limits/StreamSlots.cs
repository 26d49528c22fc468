using Microsoft.Extensions.Options;

namespace ChatBot.Web.Limits;

/// <summary>
/// The open event streams of each conversation and of each client address, at most <c>Web:Events:MaxStreamsPer*</c>
/// (0: no cap). A stream holds its places from its start to its end, however it ends: each costs a connection and
/// memory for as long as it is open, and nothing else would stop one address from opening thousands.
/// </summary>
internal sealed class StreamSlots(IOptions<WebChatOptions> options)
{
    /// <summary>A place frees when some stream closes, which nobody can tell in advance: this long is a fair wait.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private readonly Counter _conversations = new(options.Value.Events.MaxStreamsPerConversation);
    private readonly Counter _addresses = new(options.Value.Events.MaxStreamsPerAddress);

    /// <returns>The places taken, to dispose when the stream ends; null with what is full ("conversation" or "address").</returns>
    public IDisposable? TryTake(string conversationId, string address, out string? full)
    {
        lock (_gate)
        {
            full = !_conversations.HasRoom(conversationId) ? "conversation" : !_addresses.HasRoom(address) ? "address" : null;
            if (full is not null)
            {
                return null;
            }

            _conversations.Add(conversationId);
            _addresses.Add(address);
            return new Slot(this, conversationId, address);
        }
    }

    private void Release(string conversationId, string address)
    {
        lock (_gate)
        {
            _conversations.Remove(conversationId);
            _addresses.Remove(address);
        }
    }

    /// <summary>Open streams per key; a key with none is forgotten, so memory follows the open streams.</summary>
    private sealed class Counter(int max)
    {
        private readonly Dictionary<string, int> _open = [];

        public bool HasRoom(string key) => max <= 0 || _open.GetValueOrDefault(key) < max;

        public void Add(string key) => _open[key] = _open.GetValueOrDefault(key) + 1;

        public void Remove(string key)
        {
            if (_open.TryGetValue(key, out var count) && count > 1)
            {
                _open[key] = count - 1;
            }
            else
            {
                _open.Remove(key);
            }
        }
    }

    private sealed class Slot(StreamSlots owner, string conversationId, string address) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Release(conversationId, address);
            }
        }
    }
}
