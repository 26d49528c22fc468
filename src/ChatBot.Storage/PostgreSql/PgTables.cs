using ChatBot.Core.Announcements;
using ChatBot.Core.Applications;
using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;
using ChatBot.Core.Editing;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Operators;
using ChatBot.Core.Sessions;
using ChatBot.Core.Trainings;
using ChatBot.Core.WebChats;
using ChatBot.Storage.LiteDb;
using LiteDB;

namespace ChatBot.Storage.PostgreSql;

/// <summary>
/// Every table of records, with the key columns its queries use (<c>Schema/0001_collections.sql</c>): one instance per
/// database, shared by the stores and the turn's commit, as LiteDB's <see cref="Collections"/> are.
/// </summary>
internal sealed class PgTables(PgDatabase db)
{
    public PgCollection<Conversation> Conversations { get; } = new(db, Collections.Conversations,
        new("mode", c => c.Mode), new("updated_at", c => c.UpdatedAt), new("session_last_message_at", c => c.Session?.LastMessageAt));

    public PgCollection<TranscriptEntry> Transcript { get; } = new(db, Collections.Transcript,
        new("conversation_id", t => t.ConversationId), new("at", t => t.At));

    public PgCollection<OutboxItem> Outbox { get; } = new(db, Collections.Outbox,
        new("conversation_id", o => o.ConversationId), new("channel", o => o.Channel),
        new("created_at", o => o.CreatedAt), new("delivered_at", o => o.DeliveredAt), new("dropped_at", o => o.DroppedAt));

    public PgCollection<AnalyticsEvent> Events { get; } = new(db, Collections.Events, new("type", e => e.Type), new("at", e => e.At));

    public PgCollection<UnansweredQuestion> Unanswered { get; } = new(db, Collections.Unanswered,
        new("conversation_id", u => u.ConversationId), new("at", u => u.At), new("status", u => u.Status));

    public PgCollection<FlowResponse> FlowResponses { get; } = new(db, Collections.FlowResponses,
        new PgColumn<FlowResponse>("flow_id", r => r.FlowId));

    public PgCollection<FlowContact> FlowContacts { get; } = new(db, Collections.FlowContacts,
        new("conversation_id", c => c.ConversationId), new("at", c => c.At));

    public PgCollection<FlowParticipation> FlowParticipations { get; } = new(db, Collections.FlowParticipations);

    public PgCollection<HandoffRecord> Handoffs { get; } = new(db, Collections.Handoffs,
        new("conversation_id", h => h.ConversationId), new("outcome", h => h.Outcome), new("ended_at", h => h.EndedAt));

    public PgCollection<Training> Trainings { get; } = new(db, Collections.Trainings,
        new("starts_at", t => t.StartsAt), new("status", t => t.Status));

    public PgCollection<Enrollment> Enrollments { get; } = new(db, Collections.Enrollments,
        new("training_id", e => e.TrainingId), new("conversation_id", e => e.ConversationId), new("number", e => e.Number));

    public PgCollection<Trainee> Trainees { get; } = new(db, Collections.Trainees);

    public PgCollection<Campaign> Campaigns { get; } = new(db, Collections.Campaigns, 
        new PgColumn<Campaign>("flow_id", c => c.FlowId));

    public PgCollection<CampaignInvitation> CampaignInvitations { get; } = new(db, Collections.CampaignInvitations,
        new("campaign_id", i => i.CampaignId), new("conversation_id", i => i.ConversationId));

    public PgCollection<Announcement> Announcements { get; } = new(db, Collections.Announcements);

    public PgCollection<AnnouncementDelivery> AnnouncementDeliveries { get; } = new(db, Collections.AnnouncementDeliveries,
        new("announcement_id", d => d.AnnouncementId), new("conversation_id", d => d.ConversationId));

    public PgCollection<WebChat> WebChats { get; } = new(db, Collections.WebChats);

    public PgCollection<OperatorAccount> OperatorAccounts { get; } = new(db, Collections.OperatorAccounts);

    public PgCollection<AuditEntry> OperatorAudit { get; } = new(db, Collections.OperatorAudit,
        new("conversation_id", e => e.ConversationId), new("at", e => e.At));

    public PgCollection<CannedAnswer> OperatorCanned { get; } = new(db, Collections.OperatorCanned);

    public PgCollection<OperatorNote> OperatorNotes { get; } = new(db, Collections.OperatorNotes,
        new("conversation_id", n => n.ConversationId), new("at", n => n.At));

    public PgCollection<SessionOutcome> SessionOutcomes { get; } = new(db, Collections.SessionOutcomes, 
        new PgColumn<SessionOutcome>("started_at", o => o.StartedAt));

    public PgCollection<KnowledgeChange> KnowledgeChanges { get; } = new(db, Collections.KnowledgeChanges, 
        new PgColumn<KnowledgeChange>("intent_id", c => c.IntentId));

    public PgCollection<RegressionItem> KnowledgeRegression { get; } = new(db, Collections.KnowledgeRegression);

    public PgCollection<Application> Applications { get; } = new(db, Collections.Applications, 
        new PgColumn<Application>("conversation_id", a => a.ConversationId));

    /// <summary>Markers and counters, as LiteDB's <c>meta</c> holds them: plain documents under a name.</summary>
    public PgCollection<BsonDocument> Meta { get; } = new(db, Collections.Meta);

    /// <summary>Every table of records above, in the order they are declared.</summary>
    public IReadOnlyList<IPgTable> All => GetType().GetProperties()
        .Where(p => typeof(IPgTable).IsAssignableFrom(p.PropertyType))
        .Select(p => (IPgTable)p.GetValue(this)!)
        .ToList();
}
