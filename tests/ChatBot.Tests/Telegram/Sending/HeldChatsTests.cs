using ChatBot.Telegram.Sending;

namespace ChatBot.Tests.Telegram.Sending;

public sealed class HeldChatsTests
{
    [Fact]
    public void AChatIsHeldUntilItsLastOverlappingHoldEnds()
    {
        var chats = new HeldChats();
        var first = chats.Hold("42");
        var second = chats.Hold("42");

        first.Dispose();
        Assert.True(chats.IsHeld("42"));
        second.Dispose();
        Assert.False(chats.IsHeld("42"));
    }

    [Fact]
    public void ReleasingAHoldTwiceDoesNotReleaseAnotherOne()
    {
        var chats = new HeldChats();
        var first = chats.Hold("42");
        using var second = chats.Hold("42");

        first.Dispose();
        first.Dispose();

        Assert.True(chats.IsHeld("42"));
        Assert.False(chats.IsHeld("43"));
    }
}
