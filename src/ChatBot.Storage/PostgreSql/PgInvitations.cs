using ChatBot.Core.Announcements;
using ChatBot.Core.Campaigns;

namespace ChatBot.Storage.PostgreSql;

/// <summary>
/// A conversation's survey invitations and announcements not yet delivered, withdrawn when its news consent no longer
/// covers them (in the turn that changed the consent); the rule is Core's, as in the LiteDB store.
/// </summary>
internal static class PgInvitations
{
    public static void WithdrawPending(PgTables tables, string conversationId, NewsConsent? consent, DateTimeOffset now)
    {
        foreach (var invitation in tables.CampaignInvitations.Find("where conversation_id = @c", ("c", conversationId)))
        {
            if (tables.Outbox.FindById(invitation.OutboxId) is { } item && CampaignInvitation.Withdraw(item, consent, now))
            {
                tables.Outbox.Update(item);
            }
        }

        foreach (var delivery in tables.AnnouncementDeliveries.Find("where conversation_id = @c", ("c", conversationId)))
        {
            if (tables.Outbox.FindById(delivery.OutboxId) is { } item && delivery.Withdraw(item, consent, now))
            {
                tables.Outbox.Update(item);
            }
        }
    }
}
