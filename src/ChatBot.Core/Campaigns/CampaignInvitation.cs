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

    public static string Key(string campaignId, string conversationId) => $"{campaignId}|{conversationId}";
}
