using ChatBot.Storage.LiteDb;
using ChatBot.Testing.InMemory;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Contracts;

/// <summary>The in-memory storage stands in for the LiteDB storage wherever the engine is composed.</summary>
public sealed class InMemoryStorageTests
{
    [Fact]
    public void EveryCoreInterfaceTheLiteDbStorageRegistersTheInMemoryStorageRegistersToo()
    {
        var lite = CoreInterfaces(new ServiceCollection().AddLiteDbStorage(_ => throw new InvalidOperationException("never opened")));
        var inMemory = CoreInterfaces(new ServiceCollection().AddInMemoryStorage());

        Assert.NotEmpty(lite);
        Assert.Equal(lite, inMemory);
    }

    [Fact]
    public void TheRegisteredStoresShareOneDatabase()
    {
        var stores = new InMemoryStores();
        using var services = new ServiceCollection().AddInMemoryStorage(stores).BuildServiceProvider();
        var outbox = services.GetRequiredService<Core.Storage.IOutbox>();

        outbox.Add(Samples.Reply(Samples.Conversation("1"), "ответ"));

        Assert.Single(stores.Database.Committed.Outbox.All());
    }

    private static IReadOnlyList<string> CoreInterfaces(IServiceCollection services) =>
        services.Select(s => s.ServiceType).Where(t => t.IsInterface && t.Assembly.GetName().Name == "ChatBot.Core")
            .Select(t => t.FullName!).Order(StringComparer.Ordinal).ToList();
}
