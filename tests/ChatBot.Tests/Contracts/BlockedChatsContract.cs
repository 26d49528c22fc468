using ChatBot.Core.Storage;
using static ChatBot.Tests.Contracts.Samples;

namespace ChatBot.Tests.Contracts;

/// <summary>What <see cref="IBlockedChats"/> promises: a chat stays blocked until its user writes again.</summary>
public abstract class BlockedChatsContract : StoreContract
{
    private IBlockedChats Blocked => Stores.BlockedChats;

    [StoreFact]
    public void ABlockedChatIsBlockedUntilUnblocked()
    {
        Blocked.MarkBlocked("telegram", "1", At);
        Assert.True(Blocked.IsBlocked("telegram", "1"));

        Blocked.Unblock("telegram", "1");
        Assert.False(Blocked.IsBlocked("telegram", "1"));
    }

    [StoreFact]
    public void ABlockIsOfOneChatOfOneChannel()
    {
        Blocked.MarkBlocked("telegram", "1", At);

        Assert.False(Blocked.IsBlocked("telegram", "2"));
        Assert.False(Blocked.IsBlocked("web", "1"));
    }

    [StoreFact]
    public void BlockingTwiceNeedsOneUnblockAndUnblockingAnUnblockedChatIsHarmless()
    {
        Blocked.Unblock("telegram", "1");
        Blocked.MarkBlocked("telegram", "1", At);
        Blocked.MarkBlocked("telegram", "1", At.AddMinutes(1));

        Blocked.Unblock("telegram", "1");

        Assert.False(Blocked.IsBlocked("telegram", "1"));
    }
}

public sealed class BlockedChatsContractOnLiteDb : BlockedChatsContract
{
    protected override StoreSet OpenStores() => StoreSet.OnLiteDb();
}

public sealed class BlockedChatsContractInMemory : BlockedChatsContract
{
    protected override StoreSet OpenStores() => StoreSet.InMemory();
}

public sealed class BlockedChatsContractOnPostgreSql : BlockedChatsContract
{
    protected override StoreSet OpenStores() => StoreSet.OnPostgreSql();
}
