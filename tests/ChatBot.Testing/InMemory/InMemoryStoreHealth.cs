using ChatBot.Core.Storage;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of the databases' <c>Check</c>: memory always answers.</summary>
public sealed class InMemoryStoreHealth : IStoreHealth
{
    public StoreHealth Check() => StoreHealth.Serving;
}
