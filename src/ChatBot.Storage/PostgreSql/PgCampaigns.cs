using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;

namespace ChatBot.Storage.PostgreSql;

/// <summary>
/// Campaigns and their invitations (tables <c>campaigns</c>, <c>campaign_invitations</c>); an invitation, its outbox
/// item and its transcript line land together, and the invitation's key decides which host writes it.
/// </summary>
public sealed class PgCampaigns(PgDatabase database) : ICampaigns
{
    private PgTables Tables => database.Tables;

    public Campaign? Find(string campaignId) => Tables.Campaigns.FindById(campaignId);

    public IReadOnlyList<Campaign> Of(string flowId) =>
        Tables.Campaigns.Find("where flow_id = @f order by id", ("f", flowId)).OrderByDescending(c => c.ChangedAt).ToList();

    public void Save(Campaign campaign) => Tables.Campaigns.Upsert(campaign);

    public IReadOnlyList<Conversation> Subscribers(string afterId, int max) => PgSubscribers.Page(Tables, afterId, max);

    public bool IsInvited(string campaignId, string conversationId) =>
        Tables.CampaignInvitations.Count("where id = @id", ("id", CampaignInvitation.Key(campaignId, conversationId))) > 0;

    public int InvitedCount(string campaignId) => (int)Tables.CampaignInvitations.Count("where campaign_id = @c", ("c", campaignId));

    public IReadOnlyList<CampaignInvitation> Invite(IReadOnlyList<PendingInvitation> batch) => database.InTransaction(_ =>
        PgDeliveries.WriteOnce(Tables, Tables.CampaignInvitations, batch.Select(p => (p.Record, p.Message)),
            (record, outboxId) => record.OutboxId = outboxId));
}
