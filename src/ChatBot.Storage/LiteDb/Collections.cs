using ChatBot.Core.Conversations;
using ChatBot.Core.Handoff;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>The collections of the database and the indexes their queries need.</summary>
internal static class Collections
{
    public const string Conversations = "conversations";
    public const string Transcript = "transcript";
    public const string Outbox = "outbox";
    public const string Events = "events";
    public const string Unanswered = "unanswered";
    public const string Processed = "processed_messages";
    public const string BlockedChats = "blocked_chats";
    public const string FlowResponses = "flow_responses";
    public const string FlowContacts = "flow_contacts";
    public const string FlowParticipations = "flow_participations";
    public const string Handoffs = "handoffs";
    public const string Trainings = "trainings";
    public const string Enrollments = "enrollments";
    public const string Trainees = "trainees";
    public const string Meta = "meta";

    public static void EnsureIndexes(LiteDatabase db)
    {
        db.GetCollection<TranscriptEntry>(Transcript).EnsureIndex(t => t.ConversationId);
        db.GetCollection<OutboxItem>(Outbox).EnsureIndex(o => o.DeliveredAt);
        db.GetCollection<OutboxItem>(Outbox).EnsureIndex(o => o.ConversationId);
        db.GetCollection<AnalyticsEvent>(Events).EnsureIndex(e => e.At);
        db.GetCollection<UnansweredQuestion>(Unanswered).EnsureIndex(u => u.ConversationId);
        db.GetCollection<ChatBot.Core.Flows.FlowResponse>(FlowResponses).EnsureIndex(r => r.FlowId);
        db.GetCollection<HandoffRecord>(Handoffs).EnsureIndex(h => h.Outcome);
        db.GetCollection<Conversation>(Conversations).EnsureIndex(c => c.Mode);
        db.GetCollection<Core.Campaigns.Campaign>(LiteCampaigns.CampaignsCollection).EnsureIndex(c => c.FlowId);
        db.GetCollection<Core.Campaigns.CampaignInvitation>(LiteCampaigns.InvitationsCollection).EnsureIndex(i => i.CampaignId);
        db.GetCollection<Core.Campaigns.CampaignInvitation>(LiteCampaigns.InvitationsCollection).EnsureIndex(i => i.ConversationId);
        db.GetCollection<ChatBot.Core.Trainings.Enrollment>(Enrollments).EnsureIndex(e => e.TrainingId);
        db.GetCollection<ChatBot.Core.Trainings.Enrollment>(Enrollments).EnsureIndex(e => e.ConversationId);
        db.GetCollection<ChatBot.Core.Trainings.Enrollment>(Enrollments).EnsureIndex(e => e.Number);
    }
}
