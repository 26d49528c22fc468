using ChatBot.Core.Conversations;

namespace ChatBot.Core.Campaigns;

/// <summary>Survey campaigns, their invitations, and the conversations that agreed to news.</summary>
public interface ICampaigns
{
    Campaign? Find(string campaignId);

    /// <summary>Every campaign of a flow, newest change first.</summary>
    IReadOnlyList<Campaign> Of(string flowId);

    void Save(Campaign campaign);

    /// <summary>Conversations with news consent whose id sorts after <paramref name="afterId"/>, in id order: one page.</summary>
    IReadOnlyList<Conversation> Subscribers(string afterId, int max);

    bool IsInvited(string campaignId, string conversationId);

    int InvitedCount(string campaignId);

    /// <summary>
    /// Writes each invitation with its outbox item and transcript line in one transaction; one already there is
    /// skipped. Returns the invitations written.
    /// </summary>
    IReadOnlyList<CampaignInvitation> Invite(IReadOnlyList<PendingInvitation> batch);
}

/// <summary>An invitation about to be written and the message it queues.</summary>
public sealed record PendingInvitation(CampaignInvitation Record, OutboxItem Message);
