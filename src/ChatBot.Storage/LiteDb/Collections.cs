using System.Reflection;
using ChatBot.Core.Conversations;
using ChatBot.Core.Handoff;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Every collection of the database, and the indexes their queries need. All of them are created when the file
/// opens, never by a request: LiteDB 5 can hand a reader an all-zero page for a collection that another
/// transaction is creating at that moment, and then closes its engine (docs/storage.md).
/// </summary>
public static class Collections
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
    public const string Campaigns = "campaigns";
    public const string CampaignInvitations = "campaign_invitations";
    public const string Announcements = "announcements";
    public const string AnnouncementDeliveries = "announcement_deliveries";
    public const string WebChats = "web_chats";
    public const string OperatorAccounts = "operator_accounts";
    public const string OperatorAudit = "operator_audit";
    public const string OperatorCanned = "operator_canned";
    public const string OperatorNotes = "operator_notes";
    public const string SessionOutcomes = "session_outcomes";
    public const string Knowledge = "knowledge";
    public const string KnowledgeChanges = "knowledge_changes";
    public const string KnowledgeRegression = "knowledge_regression";
    public const string Applications = "applications";
    public const string Meta = "meta";

    /// <summary>The names above, read from the constants so that a new one cannot be left out.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(Collections)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    // A placeholder inserted and deleted in the transaction that creates an empty collection.
    private const string Placeholder = "$created";

    /// <summary>Creates the missing collections and indexes, in one transaction, before any request is served.</summary>
    internal static void Create(LiteDatabase db)
    {
        var existing = db.GetCollectionNames().ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in All.Where(n => !existing.Contains(n)))
        {
            var collection = db.GetCollection(name);
            collection.Insert(new BsonDocument { ["_id"] = Placeholder });
            collection.Delete(Placeholder);
        }

        EnsureIndexes(db);
    }

    private static void EnsureIndexes(LiteDatabase db)
    {
        db.GetCollection<TranscriptEntry>(Transcript).EnsureIndex(t => t.ConversationId);
        db.GetCollection<OutboxItem>(Outbox).EnsureIndex(o => o.DeliveredAt);
        db.GetCollection<OutboxItem>(Outbox).EnsureIndex(o => o.ConversationId);
        db.GetCollection<AnalyticsEvent>(Events).EnsureIndex(e => e.At);
        db.GetCollection<UnansweredQuestion>(Unanswered).EnsureIndex(u => u.ConversationId);
        db.GetCollection<ChatBot.Core.Flows.FlowResponse>(FlowResponses).EnsureIndex(r => r.FlowId);
        db.GetCollection<HandoffRecord>(Handoffs).EnsureIndex(h => h.Outcome);
        db.GetCollection<Core.Editing.KnowledgeChange>(KnowledgeChanges).EnsureIndex(c => c.IntentId);
        db.GetCollection<UnansweredQuestion>(Unanswered).EnsureIndex(u => u.Status);

        // What an erasure looks up by conversation, so that one user's /forget reads only their records (and the
        // handoffs, whether an operator may open a conversation).
        db.GetCollection<ChatBot.Core.Flows.FlowContact>(FlowContacts).EnsureIndex(c => c.ConversationId);
        db.GetCollection<HandoffRecord>(Handoffs).EnsureIndex(h => h.ConversationId);
        db.GetCollection<Core.Operators.OperatorNote>(OperatorNotes).EnsureIndex(n => n.ConversationId);
        db.GetCollection<Core.Operators.AuditEntry>(OperatorAudit).EnsureIndex(e => e.ConversationId);
        db.GetCollection<Conversation>(Conversations).EnsureIndex(c => c.Mode);
        db.GetCollection<Core.Campaigns.Campaign>(Campaigns).EnsureIndex(c => c.FlowId);
        db.GetCollection<Core.Campaigns.CampaignInvitation>(CampaignInvitations).EnsureIndex(i => i.CampaignId);
        db.GetCollection<Core.Campaigns.CampaignInvitation>(CampaignInvitations).EnsureIndex(i => i.ConversationId);
        db.GetCollection<Core.Announcements.AnnouncementDelivery>(AnnouncementDeliveries).EnsureIndex(d => d.AnnouncementId);
        db.GetCollection<Core.Announcements.AnnouncementDelivery>(AnnouncementDeliveries).EnsureIndex(d => d.ConversationId);
        db.GetCollection<ChatBot.Core.Trainings.Enrollment>(Enrollments).EnsureIndex(e => e.TrainingId);
        db.GetCollection<ChatBot.Core.Trainings.Enrollment>(Enrollments).EnsureIndex(e => e.ConversationId);
        db.GetCollection<ChatBot.Core.Trainings.Enrollment>(Enrollments).EnsureIndex(e => e.Number);
        db.GetCollection<ChatBot.Core.Applications.Application>(Applications).EnsureIndex(a => a.ConversationId);

        // What the daily retention run looks up by age (docs/privacy.md#retention), so that it reads only what is due.
        db.GetCollection<TranscriptEntry>(Transcript).EnsureIndex(t => t.At);
        db.GetCollection<UnansweredQuestion>(Unanswered).EnsureIndex(u => u.At);
        db.GetCollection<OutboxItem>(Outbox).EnsureIndex(o => o.CreatedAt);
        db.GetCollection<Core.Operators.OperatorNote>(OperatorNotes).EnsureIndex(n => n.At);
        db.GetCollection<Core.Operators.AuditEntry>(OperatorAudit).EnsureIndex(e => e.At);
        db.GetCollection<ChatBot.Core.Flows.FlowContact>(FlowContacts).EnsureIndex(c => c.At);
        db.GetCollection<HandoffRecord>(Handoffs).EnsureIndex(h => h.EndedAt);
        db.GetCollection<Conversation>(Conversations).EnsureIndex(c => c.UpdatedAt);

        // The reports read the outcomes by the session's start; the sweeper looks for open sessions gone quiet.
        db.GetCollection<Core.Sessions.SessionOutcome>(SessionOutcomes).EnsureIndex(o => o.StartedAt);
        db.GetCollection<Conversation>(Conversations).EnsureIndex(c => c.Session!.LastMessageAt);
    }
}
