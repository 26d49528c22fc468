using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;

namespace ChatBot.Core.Announcements;

/// <summary>
/// That an announcement was queued for a conversation; its id is announcement|conversation and it is written in the
/// same transaction as the outbox item it names, so nobody is queued twice. The item's fate is the recipient's status.
/// </summary>
public sealed class AnnouncementDelivery
{
    public string Id { get; set; } = "";

    public string AnnouncementId { get; set; } = "";

    public string ConversationId { get; set; } = "";

    public string Channel { get; set; } = "";

    /// <summary>The announcement's topics: what the recipient must still have chosen for it to be sent.</summary>
    public List<string> Topics { get; set; } = [];

    public long OutboxId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Why an item of a stopped announcement waits: resuming sends exactly the items held with it.</summary>
    public const string HeldReason = "announcement stopped";

    public static string Key(string announcementId, string conversationId) => $"{announcementId}|{conversationId}";

    /// <summary>
    /// Holds an item still waiting in a pushed channel's outbox (the sender re-reads each item before sending, so a
    /// held one is not sent). An item of the web chat is in the conversation's history from the start and stays.
    /// </summary>
    public static bool Hold(OutboxItem item, DateTimeOffset now)
    {
        if (item.Channel == Channels.Web || item is not { DeliveredAt: null, DroppedAt: null })
        {
            return false;
        }

        item.DroppedAt = now;
        item.DropReason = HeldReason;
        return true;
    }

    /// <summary>Lets a held item go again; one sent or withdrawn meanwhile is left as it is.</summary>
    public static bool Release(OutboxItem item)
    {
        if (item is not { DeliveredAt: null, DropReason: HeldReason })
        {
            return false;
        }

        item.DroppedAt = null;
        item.DropReason = null;
        return true;
    }

    /// <summary>
    /// Withdraws an item not sent yet (waiting or held) when the recipient no longer wants any of its topics: the
    /// consent withdrawn, or its last such topic turned off. Returns whether it changed, so the store writes only that.
    /// </summary>
    public bool Withdraw(OutboxItem item, NewsConsent? consent, DateTimeOffset now)
    {
        if (consent is not null && consent.CoversAny(Topics))
        {
            return false;
        }

        if (item is not { DeliveredAt: null } || (item.DroppedAt is not null && item.DropReason != HeldReason))
        {
            return false;
        }

        item.DroppedAt = now;
        item.DropReason = CampaignInvitation.WithdrawnReason;
        return true;
    }
}
