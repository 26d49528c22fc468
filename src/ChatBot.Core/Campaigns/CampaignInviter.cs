using ChatBot.Core.Conversations;
using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Storage;

namespace ChatBot.Core.Campaigns;

/// <summary>
/// Queues a campaign's invitation for every subscriber who has not taken part in its period, page by page: each
/// page is one transaction of invitation records and outbox items, so a second run, or a run after a restart
/// cut the first short, invites nobody twice. Channels deliver from the outbox (Telegram through its rate-limited
/// sender; the web chat's open streams are woken here).
/// </summary>
public sealed class CampaignInviter(
    TextCatalog texts,
    ICampaigns campaigns,
    IFlowResponses responses,
    IBlockedChats blocked,
    IReadOnlySet<string> channels,
    TimeProvider time,
    IConversationNotifier? notifier = null)
{
    public const int PageSize = 500;

    public InvitationReport Invite(FlowDefinition flow, Campaign campaign)
    {
        var report = new InvitationReport();
        var after = "";
        while (campaigns.Subscribers(after, PageSize) is { Count: > 0 } page)
        {
            after = page[^1].Id;
            var now = time.GetUtcNow();
            var batch = page.Where(c => Invitable(flow, campaign, c, report)).Select(c => Pending(flow, campaign, c, now)).ToList();
            var written = batch.Count > 0 ? campaigns.Invite(batch) : [];
            report.Invited += written.Count;
            report.AlreadyInvited += batch.Count - written.Count;
            foreach (var invitation in written)
            {
                notifier?.Notify(invitation.ConversationId);
            }
        }

        return report;
    }

    private bool Invitable(FlowDefinition flow, Campaign campaign, Conversation conversation, InvitationReport report)
    {
        if (!channels.Contains(conversation.Channel))
        {
            report.Unreachable++;
        }
        else if (conversation.News?.Covers(Announcements.NewsTopics.Surveys) != true)
        {
            // The survey invitation is the announcement of the topic "surveys": a subscriber who turned it off is not invited.
            report.OtherTopics++;
        }
        else if (campaigns.IsInvited(campaign.Id, conversation.Id))
        {
            report.AlreadyInvited++;
        }
        else if (responses.HasCompleted(flow.Id, campaign.Period, conversation.Id))
        {
            report.Completed++;
        }
        else if (blocked.IsBlocked(conversation.Channel, conversation.ChatId))
        {
            report.Blocked++;
        }
        else if (conversation.Flow?.FlowId == flow.Id || conversation.Mode != ConversationMode.Bot)
        {
            report.Busy++;
        }
        else
        {
            return true;
        }

        return false;
    }

    private PendingInvitation Pending(FlowDefinition flow, Campaign campaign, Conversation conversation, DateTimeOffset now) => new(
        new CampaignInvitation
        {
            Id = CampaignInvitation.Key(campaign.Id, conversation.Id),
            CampaignId = campaign.Id,
            ConversationId = conversation.Id,
            At = now,
        },
        OutboxItem.For(conversation, InvitationMessage.For(texts, flow, campaign, conversation.Language), now));
}
