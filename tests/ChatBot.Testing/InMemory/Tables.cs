using System.Collections.Immutable;
using ChatBot.Core.Announcements;
using ChatBot.Core.Applications;
using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Operators;
using ChatBot.Core.Trainings;
using ChatBot.Core.WebChats;

namespace ChatBot.Testing.InMemory;

/// <summary>
/// Every collection of the database (those of <c>ChatBot.Storage.LiteDb.Collections</c>), as the committed state or
/// one transaction sees them. Tests may read the collections that no store interface reads (events, invitations).
/// </summary>
public sealed class Tables
{
    internal Tables(StringComparer collation)
    {
        Collation = collation;
        Conversations = new(c => c.Id, collation);
        Processed = new(p => p.Id, collation);
        Transcript = new(t => t.Id, (t, id) => t.Id = id);
        Outbox = new(o => o.Id, (o, id) => o.Id = id);
        Events = new(e => e.Id, (e, id) => e.Id = id);
        Unanswered = new(u => u.Id, (u, id) => u.Id = id);
        BlockedChats = new(b => b.Id, collation);
        FlowResponses = new(r => r.Id, collation);
        FlowContacts = new(c => c.Id, collation);
        FlowParticipations = new(p => p.Id, collation);
        Handoffs = new(h => h.Id, collation);
        Trainings = new(t => t.Id, collation);
        Enrollments = new(e => e.Id, collation);
        Trainees = new(t => t.ConversationId, collation);
        Campaigns = new(c => c.Id, collation);
        Invitations = new(i => i.Id, collation);
        Announcements = new(a => a.Id, collation);
        Deliveries = new(d => d.Id, collation);
        WebChats = new(w => w.Id, collation);
        OperatorAccounts = new(a => a.Id, collation);
        Audit = new(a => a.Id, (a, id) => a.Id = id);
        CannedAnswers = new(c => c.Id, (c, id) => c.Id = id);
        OperatorNotes = new(n => n.Id, (n, id) => n.Id = id);
        SessionOutcomes = new(o => o.Id, collation);
        Applications = new(a => a.Id, collation);
        ApplicationNumbers = ImmutableDictionary<int, long>.Empty;
    }

    // A transaction's copy: the same rows, changed apart from the original.
    private Tables(Tables from)
    {
        Collation = from.Collation;
        Conversations = from.Conversations.Copy();
        Processed = from.Processed.Copy();
        Transcript = from.Transcript.Copy();
        Outbox = from.Outbox.Copy();
        Events = from.Events.Copy();
        Unanswered = from.Unanswered.Copy();
        BlockedChats = from.BlockedChats.Copy();
        FlowResponses = from.FlowResponses.Copy();
        FlowContacts = from.FlowContacts.Copy();
        FlowParticipations = from.FlowParticipations.Copy();
        Handoffs = from.Handoffs.Copy();
        Trainings = from.Trainings.Copy();
        Enrollments = from.Enrollments.Copy();
        Trainees = from.Trainees.Copy();
        Campaigns = from.Campaigns.Copy();
        Invitations = from.Invitations.Copy();
        Announcements = from.Announcements.Copy();
        Deliveries = from.Deliveries.Copy();
        WebChats = from.WebChats.Copy();
        OperatorAccounts = from.OperatorAccounts.Copy();
        Audit = from.Audit.Copy();
        CannedAnswers = from.CannedAnswers.Copy();
        OperatorNotes = from.OperatorNotes.Copy();
        SessionOutcomes = from.SessionOutcomes.Copy();
        Applications = from.Applications.Copy();
        ApplicationNumbers = from.ApplicationNumbers;
        CatalogueFilledAt = from.CatalogueFilledAt;
    }

    /// <summary>How string keys and the strings a query compares are matched and ordered (<see cref="LiteDbCollation"/>).</summary>
    public StringComparer Collation { get; }

    public Table<string, Conversation> Conversations { get; }

    public Table<string, ProcessedMessage> Processed { get; }

    public NumberedTable<TranscriptEntry> Transcript { get; }

    public NumberedTable<OutboxItem> Outbox { get; }

    public NumberedTable<AnalyticsEvent> Events { get; }

    public NumberedTable<UnansweredQuestion> Unanswered { get; }

    public Table<string, BlockedChat> BlockedChats { get; }

    public Table<string, FlowResponse> FlowResponses { get; }

    public Table<string, FlowContact> FlowContacts { get; }

    public Table<string, FlowParticipation> FlowParticipations { get; }

    public Table<string, HandoffRecord> Handoffs { get; }

    public Table<string, Training> Trainings { get; }

    public Table<string, Enrollment> Enrollments { get; }

    public Table<string, Trainee> Trainees { get; }

    public Table<string, Campaign> Campaigns { get; }

    public Table<string, CampaignInvitation> Invitations { get; }

    public Table<string, Announcement> Announcements { get; }

    public Table<string, AnnouncementDelivery> Deliveries { get; }

    public Table<string, WebChat> WebChats { get; }

    public Table<string, OperatorAccount> OperatorAccounts { get; }

    public NumberedTable<AuditEntry> Audit { get; }

    public NumberedTable<CannedAnswer> CannedAnswers { get; }

    public NumberedTable<OperatorNote> OperatorNotes { get; }

    public Table<string, Core.Sessions.SessionOutcome> SessionOutcomes { get; }

    public Table<string, Application> Applications { get; }

    /// <summary>The last application number given in each year (LiteDB's <c>meta</c> counters).</summary>
    public ImmutableDictionary<int, long> ApplicationNumbers { get; internal set; }

    /// <summary>When the training catalogue was first filled (LiteDB's <c>meta</c> marker); null until then.</summary>
    public DateTimeOffset? CatalogueFilledAt { get; internal set; }

    internal Tables Copy() => new(this);
}
