using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>LiteCampaigns</c>: subscribers are read from the conversations, invitations land with their message.</summary>
public sealed class InMemoryCampaigns(InMemoryDatabase database) : ICampaigns
{
    public Campaign? Find(string campaignId) => database.Read(t => t.Campaigns.Find(campaignId));

    public IReadOnlyList<Campaign> Of(string flowId) =>
        database.Read(t => t.Campaigns.All().Where(c => t.Collation.Equals(c.FlowId, flowId)).OrderByDescending(c => c.ChangedAt).ToList());

    public void Save(Campaign campaign) => database.InTransaction(t => t.Campaigns.Upsert(campaign));

    // "After" and the order are the collation's, as LiteDB compares ids (a page ends where the next one starts).
    public IReadOnlyList<Conversation> Subscribers(string afterId, int max) =>
        database.Read(t => t.Conversations.All().Where(c => c.News is not null && t.Collation.Compare(c.Id, afterId) > 0).Take(max).ToList());

    public bool IsInvited(string campaignId, string conversationId) =>
        database.Read(t => t.Invitations.Contains(CampaignInvitation.Key(campaignId, conversationId)));

    public int InvitedCount(string campaignId) =>
        database.Read(t => t.Invitations.All().Count(i => t.Collation.Equals(i.CampaignId, campaignId)));

    public IReadOnlyList<CampaignInvitation> Invite(IReadOnlyList<PendingInvitation> batch) => database.InTransaction(t =>
    {
        var written = new List<CampaignInvitation>();
        foreach (var (record, item) in batch)
        {
            if (t.Invitations.Contains(record.Id))
            {
                continue;
            }

            t.Outbox.Insert(item);
            record.OutboxId = item.Id;
            t.Invitations.Insert(record);
            t.Transcript.Insert(TranscriptEntry.Outbound(item.ConversationId, item.Message, item.CreatedAt));
            written.Add(record);
        }

        return written;
    });

    /// <summary>
    /// Withdraws the conversation's invitations (<see cref="CampaignInvitation.Withdraw"/>) inside the turn that
    /// withdrew the consent. The invitation records stay, so subscribing again brings no second one in the same campaign.
    /// </summary>
    internal static void WithdrawPending(Tables tables, string conversationId, NewsConsent? consent, DateTimeOffset now)
    {
        foreach (var invitation in tables.Invitations.All().Where(i => tables.Collation.Equals(i.ConversationId, conversationId)))
        {
            if (tables.Outbox.Find(invitation.OutboxId) is { } item && CampaignInvitation.Withdraw(item, consent, now))
            {
                tables.Outbox.Update(item);
            }
        }
    }
}
