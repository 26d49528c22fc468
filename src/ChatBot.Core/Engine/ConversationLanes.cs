using ChatBot.Core.Concurrency;

namespace ChatBot.Core.Engine;

/// <summary>
/// One turn at a time per conversation, many conversations at once: a lock per conversation id
/// that lives only while someone holds or waits for it, and, on a store shared by several hosts, the conversation held
/// across them (<see cref="IConversationLocks"/>) by the one turn of this host that has the lane.
/// </summary>
public sealed class ConversationLanes(IConversationLocks? acrossHosts = null)
{
    private readonly Dictionary<string, Lane> _lanes = [];
    private readonly IConversationLocks _acrossHosts = acrossHosts ?? SingleHostLocks.Instance;

    public async Task<IDisposable> EnterAsync(string conversationId, CancellationToken cancellationToken)
    {
        Lane lane;
        lock (_lanes)
        {
            if (!_lanes.TryGetValue(conversationId, out lane!))
            {
                lane = new Lane();
                _lanes[conversationId] = lane;
            }

            lane.Users++;
        }

        try
        {
            await lane.Gate.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(conversationId, lane, release: false);
            throw;
        }

        IDisposable held;
        try
        {
            held = await _acrossHosts.HoldAsync(conversationId, cancellationToken);
        }
        catch
        {
            Leave(conversationId, lane, release: true);
            throw;
        }

        return new Release(() =>
        {
            held.Dispose();
            Leave(conversationId, lane, release: true);
        });
    }

    private void Leave(string conversationId, Lane lane, bool release)
    {
        if (release)
        {
            lane.Gate.Release();
        }

        lock (_lanes)
        {
            if (--lane.Users == 0)
            {
                _lanes.Remove(conversationId);
            }
        }
    }

    private sealed class Lane
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Release(Action action) : IDisposable
    {
        private Action? _action = action;

        public void Dispose() => Interlocked.Exchange(ref _action, null)?.Invoke();
    }
}
