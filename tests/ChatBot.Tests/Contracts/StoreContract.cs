namespace ChatBot.Tests.Contracts;

/// <summary>
/// A contract: facts every implementation of a store interface must hold. Each contract has two sealed subclasses,
/// one per implementation, and xunit runs the inherited facts for both.
/// </summary>
public abstract class StoreContract : IDisposable
{
    // Lazy, and safe across threads: the facts that race many threads must all meet the same stores.
    private readonly Lazy<StoreSet> _stores;

    protected StoreContract() => _stores = new Lazy<StoreSet>(OpenStores);

    /// <summary>The stores under test, opened on first use.</summary>
    protected StoreSet Stores => _stores.Value;

    public void Dispose()
    {
        if (_stores.IsValueCreated)
        {
            _stores.Value.Dispose();
        }
    }

    /// <summary>Opens a new, empty database and every store over it.</summary>
    protected abstract StoreSet OpenStores();
}
