using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>Campaigns and their invitations; an invitation, its outbox item and its transcript line land together.</summary>
public sealed class LiteCampaigns(ChatBotDatabase database) : ICampaigns
{
    private LiteDatabase Db => database.Database;

    private ILiteCollection<Campaign> Campaigns => Db.GetCollection<Campaign>(Collections.Campaigns);

    private ILiteCollection<CampaignInvitation> Invitations => Db.GetCollection<CampaignInvitation>(Collections.CampaignInvitations);

    public Campaign? Find(string campaignId) => Campaigns.FindById(campaignId);

    public IReadOnlyList<Campaign> Of(string flowId) =>
        Campaigns.Find(c => c.FlowId == flowId).OrderByDescending(c => c.ChangedAt).ToList();

    public void Save(Campaign campaign) => Campaigns.Upsert(campaign);

    public IReadOnlyList<Conversation> Subscribers(string afterId, int max) =>
        Db.GetCollection<Conversation>(Collections.Conversations)
            .Query()
            .Where("_id > @0 AND $.News != null", new BsonValue(afterId))
            .OrderBy(c => c.Id)
            .Limit(max)
            .ToList();

    public bool IsInvited(string campaignId, string conversationId) =>
        Invitations.FindById(CampaignInvitation.Key(campaignId, conversationId)) is not null;

    public int InvitedCount(string campaignId) => Invitations.Count(i => i.CampaignId == campaignId);

    /// <summary>
    /// Withdraws the conversation's invitations (<see cref="CampaignInvitation.Withdraw"/>) inside the caller's
    /// transaction, the turn that withdrew the consent. The invitation records stay, so subscribing again does not
    /// bring a second one in the same campaign.
    /// </summary>
    public static void WithdrawPending(LiteDatabase db, string conversationId, NewsConsent? consent, DateTimeOffset now)
    {
        var outbox = db.GetCollection<OutboxItem>(Collections.Outbox);
        foreach (var invitation in db.GetCollection<CampaignInvitation>(Collections.CampaignInvitations).Find(i => i.ConversationId == conversationId))
        {
            if (outbox.FindById(invitation.OutboxId) is { } item && CampaignInvitation.Withdraw(item, consent, now))
            {
                outbox.Update(item);
            }
        }
    }

    public IReadOnlyList<CampaignInvitation> Invite(IReadOnlyList<PendingInvitation> batch)
    {
        var written = new List<CampaignInvitation>();
        database.InTransaction(db =>
        {
            var invitations = db.GetCollection<CampaignInvitation>(Collections.CampaignInvitations);
            var outbox = db.GetCollection<OutboxItem>(Collections.Outbox);
            var transcript = db.GetCollection<TranscriptEntry>(Collections.Transcript);
            foreach (var (record, item) in batch)
            {
                if (invitations.FindById(record.Id) is not null)
                {
                    continue;
                }

                outbox.Insert(item);
                record.OutboxId = item.Id;
                invitations.Insert(record);
                transcript.Insert(TranscriptEntry.Outbound(item.ConversationId, item.Message, item.CreatedAt));
                written.Add(record);
            }
        });
        return written;
    }
}
