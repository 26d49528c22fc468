using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;

namespace ChatBot.Tests.Campaigns;

/// <summary>Which invitation messages a withdrawn consent drops, the same for every store.</summary>
public sealed class CampaignInvitationTests
{
    private static readonly DateTimeOffset Queued = new(2026, 3, 2, 4, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = Queued.AddMinutes(5);

    [Fact]
    public void AMessageStillWaitingIsDroppedWithTheReason()
    {
        var message = Message();

        Assert.True(CampaignInvitation.Withdraw(message, Now));
        Assert.Equal(Now, message.DroppedAt);
        Assert.Equal(CampaignInvitation.WithdrawnReason, message.DropReason);
    }

    [Fact]
    public void AMessageAlreadyDeliveredIsLeftAsItWas()
    {
        var message = Message();
        message.DeliveredAt = Queued.AddMinutes(1);

        Assert.False(CampaignInvitation.Withdraw(message, Now));
        Assert.Null(message.DroppedAt);
    }

    [Fact]
    public void AMessageAlreadyDroppedKeepsItsFirstReason()
    {
        var message = Message();
        message.DroppedAt = Queued.AddMinutes(1);
        message.DropReason = "the user blocked the bot";

        Assert.False(CampaignInvitation.Withdraw(message, Now));
        Assert.Equal(Queued.AddMinutes(1), message.DroppedAt);
        Assert.Equal("the user blocked the bot", message.DropReason);
    }

    private static OutboxItem Message() => OutboxItem.For("telegram:user-1", "telegram", "user-1", OutgoingMessage.Plain("Пройдите опрос"), Queued);
}
