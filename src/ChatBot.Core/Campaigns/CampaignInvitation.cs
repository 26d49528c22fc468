using ChatBot.Core.Conversations;

namespace ChatBot.Core.Campaigns;

/// <summary>
/// That a conversation was invited in a campaign; its id is campaign|conversation and it is written in the same
/// transaction as the outbox item it names, so an invitation is queued once or not at all.
/// </summary>
public sealed class CampaignInvitation
{
    public string Id { get; set; } = "";

    public string CampaignId { get; set; } = "";

    public string ConversationId { get; set; } = "";

    public long OutboxId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Why an invitation was withdrawn (its outbox item's drop reason).</summary>
    public const string WithdrawnReason = "news consent withdrawn before delivery";

    public static string Key(string campaignId, string conversationId) => $"{campaignId}|{conversationId}";

    /// <summary>
    /// Drops the invitation's <paramref name="message"/> if it is still waiting in the outbox, when the user takes back
    /// the news consent. One already handed to a channel is not recalled, and one already dropped keeps its first
    /// reason. Returns whether it changed, so the store writes only what did.
    /// </summary>
    public static bool Withdraw(OutboxItem message, DateTimeOffset now) => Withdraw(message, null, now);

    /// <summary>As <see cref="Withdraw(OutboxItem, DateTimeOffset)"/>, unless <paramref name="consent"/> still covers surveys (another topic was turned off).</summary>
    public static bool Withdraw(OutboxItem message, NewsConsent? consent, DateTimeOffset now)
    {
        if (consent?.Covers(Announcements.NewsTopics.Surveys) == true || message is not { DeliveredAt: null, DroppedAt: null })
        {
            return false;
        }

        message.DroppedAt = now;
        message.DropReason = WithdrawnReason;
        return true;
    }
}
