using ChatBot.Core.WebChats;
using static ChatBot.Tests.Contracts.Samples;

namespace ChatBot.Tests.Contracts;

/// <summary>What <see cref="IWebChats"/> promises: a chat is added once, found by its id and replaced by an update.</summary>
public abstract class WebChatsContract : StoreContract
{
    private IWebChats Chats => Stores.WebChats;

    [StoreFact]
    public void AnAddedChatIsFoundWithItsTokenHash()
    {
        Chats.Add(Chat("abc", "hash-1"));

        Assert.Equivalent(Chat("abc", "hash-1"), Chats.Find("abc"), strict: true);
        Assert.Null(Chats.Find("abd"));
    }

    [StoreFact]
    public void AnUpdateReplacesTheStoredChat()
    {
        Chats.Add(Chat("abc", "hash-1"));

        Chats.Update(Chat("abc", "hash-2"));

        Assert.Equal("hash-2", Chats.Find("abc")!.TokenHash);
    }

    [StoreFact]
    public void AnUpdateOfAChatFoundBeforeIsWhatTheNextFindGives()
    {
        Chats.Add(Chat("abc", "hash-1"));
        Assert.Equal("hash-1", Chats.Find("abc")!.TokenHash);

        Chats.Update(Chat("abc", "hash-2"));

        Assert.Equal("hash-2", Chats.Find("abc")!.TokenHash);
    }

    [StoreFact]
    public void AChatChangedAfterItWasFoundIsNotChangedInTheStore()
    {
        Chats.Add(Chat("abc", "hash-1"));

        Chats.Find("abc")!.TokenHash = "hash-2";

        Assert.Equal("hash-1", Chats.Find("abc")!.TokenHash);
    }

    [StoreFact]
    public void AnUpdateOfAnUnknownChatAddsNothing()
    {
        Chats.Update(Chat("abc", "hash-1"));

        Assert.Null(Chats.Find("abc"));
    }

    [StoreFact]
    public void AChatIdAddedTwiceIsRefusedAndTheFirstIsKept()
    {
        Chats.Add(Chat("abc", "hash-1"));

        Assert.ThrowsAny<Exception>(() => Chats.Add(Chat("abc", "hash-2")));
        Assert.Equal("hash-1", Chats.Find("abc")!.TokenHash);
    }

    [StoreFact]
    public void AChatChangedAfterItWasAddedIsNotChangedInTheStore()
    {
        var chat = Chat("abc", "hash-1");
        Chats.Add(chat);

        chat.TokenHash = "hash-2";

        Assert.Equal("hash-1", Chats.Find("abc")!.TokenHash);
    }

    private static WebChat Chat(string id, string tokenHash) => new() { Id = id, TokenHash = tokenHash, CreatedAt = At };
}

public sealed class WebChatsContractOnLiteDb : WebChatsContract
{
    protected override StoreSet OpenStores() => StoreSet.OnLiteDb();
}

public sealed class WebChatsContractInMemory : WebChatsContract
{
    protected override StoreSet OpenStores() => StoreSet.InMemory();
}

public sealed class WebChatsContractOnPostgreSql : WebChatsContract
{
    protected override StoreSet OpenStores() => StoreSet.OnPostgreSql();
}
