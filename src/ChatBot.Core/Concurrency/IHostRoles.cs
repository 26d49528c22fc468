namespace ChatBot.Core.Concurrency;

/// <summary>
/// Work that one host does at a time among those sharing a store: Telegram's long polling and its outbox, the scheduled
/// jobs. A host takes the role and works while it holds it; when the holder goes, another takes it over.
/// </summary>
public interface IHostRoles
{
    /// <summary>Waits until this host holds <paramref name="role"/>.</summary>
    Task<IRoleHold> TakeAsync(string role, CancellationToken cancellationToken);
}

/// <summary>A role held until disposed, or until <see cref="Lost"/> says the store no longer counts this host as its holder.</summary>
public interface IRoleHold : IDisposable
{
    CancellationToken Lost { get; }
}

/// <summary>One host owns the store (LiteDB's one process): it holds every role, always.</summary>
public sealed class SingleHostRoles : IHostRoles
{
    public static SingleHostRoles Instance { get; } = new();

    public Task<IRoleHold> TakeAsync(string role, CancellationToken cancellationToken) => Task.FromResult<IRoleHold>(new Always());

    private sealed class Always : IRoleHold
    {
        public CancellationToken Lost => CancellationToken.None;

        public void Dispose()
        {
        }
    }
}
