namespace ChatBot.Testing.InMemory;

/// <summary>
/// Every store interface of Core over one <see cref="InMemoryDatabase"/>, for composing an engine without a file:
/// what one store writes, the others read, as they do over the one LiteDB file.
/// </summary>
public sealed class InMemoryStores
{
    public InMemoryStores(InMemoryDatabase? database = null)
    {
        Database = database ?? new InMemoryDatabase();
        Conversations = new(Database);
        Outbox = new(Database);
        BlockedChats = new(Database);
        Unanswered = new(Database);
        Handoffs = new(Database);
        WebChats = new(Database);
        OperatorAccounts = new(Database);
        AuditLog = new(Database);
        CannedAnswers = new(Database);
        OperatorNotes = new(Database);
        Trainings = new(Database);
        Trainees = new(Database);
        Campaigns = new(Database);
        Announcements = new(Database);
        FlowResponses = new(Database);
        Retention = new(Database);
        SessionOutcomes = new(Database);
        Events = new(Database);
        Applications = new(Database);
    }

    public InMemoryDatabase Database { get; }

    public InMemoryConversationStore Conversations { get; }

    /// <summary>Both outbox interfaces: the channels' and one conversation's.</summary>
    public InMemoryOutbox Outbox { get; }

    public InMemoryBlockedChats BlockedChats { get; }

    public InMemoryUnansweredQuestions Unanswered { get; }

    public InMemoryHandoffLog Handoffs { get; }

    public InMemoryWebChats WebChats { get; }

    public InMemoryOperatorAccounts OperatorAccounts { get; }

    public InMemoryAuditLog AuditLog { get; }

    public InMemoryCannedAnswers CannedAnswers { get; }

    public InMemoryOperatorNotes OperatorNotes { get; }

    public InMemoryTrainingStore Trainings { get; }

    public InMemoryTrainees Trainees { get; }

    public InMemoryCampaigns Campaigns { get; }

    public InMemoryAnnouncements Announcements { get; }

    public InMemoryFlowResponses FlowResponses { get; }

    public InMemoryRetentionStore Retention { get; }

    /// <summary>The outcomes, and the open sessions gone quiet.</summary>
    public InMemorySessionOutcomes SessionOutcomes { get; }

    public InMemoryUserKeyHasher UserKeyHasher { get; } = new();
    /// <summary>Apart from the database: nothing else commits with it.</summary>
    public InMemoryLiveKnowledge LiveKnowledge { get; } = new();

    public InMemoryAnalyticsEvents Events { get; }

    public InMemoryApplications Applications { get; }
}
