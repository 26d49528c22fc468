namespace ChatBot.Core.Concurrency;

/// <summary>
/// One turn at a time per conversation across the hosts that share one store. Within a host the engine's lanes see to it
/// already; this is asked for only by the turn that holds its host's lane, and held until that turn has committed.
/// </summary>
public interface IConversationLocks
{
    /// <summary>Waits until no other host holds the conversation, then holds it until the handle is disposed.</summary>
    Task<IDisposable> HoldAsync(string conversationId, CancellationToken cancellationToken);
}

/// <summary>One host owns the store (LiteDB's one process): its lanes are all the locking there is.</summary>
public sealed class SingleHostLocks : IConversationLocks
{
    public static SingleHostLocks Instance { get; } = new();

    private static readonly Task<IDisposable> Nothing = Task.FromResult<IDisposable>(new NothingHeld());

    public Task<IDisposable> HoldAsync(string conversationId, CancellationToken cancellationToken) => Nothing;

    private sealed class NothingHeld : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
