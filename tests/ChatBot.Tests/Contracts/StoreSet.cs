using ChatBot.Core.Announcements;
using ChatBot.Core.Applications;
using ChatBot.Core.Campaigns;
using ChatBot.Core.Editing;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Inbox;
using ChatBot.Core.Operators;
using ChatBot.Core.Privacy;
using ChatBot.Core.Sessions;
using ChatBot.Core.Storage;
using ChatBot.Core.Trainings;
using ChatBot.Core.WebChats;
using ChatBot.Storage.LiteDb;
using ChatBot.Storage.LiteDb.Trainings;
using ChatBot.Storage.PostgreSql;
using ChatBot.Testing;
using ChatBot.Testing.InMemory;
using ChatBot.Testing.PostgreSql;

namespace ChatBot.Tests.Contracts;

/// <summary>Every store interface of Core over one database, as the contracts use them; disposing closes the database.</summary>
public sealed class StoreSet : IDisposable
{
    public required IConversationStore Conversations { get; init; }

    public required IOutbox Outbox { get; init; }

    public required IConversationOutbox ConversationOutbox { get; init; }

    public required IBlockedChats BlockedChats { get; init; }

    public required IUnansweredQuestions Unanswered { get; init; }

    public required IReviewInbox Inbox { get; init; }

    public required IHandoffLog Handoffs { get; init; }

    public required IWebChats WebChats { get; init; }

    public required IOperatorAccountStore Accounts { get; init; }

    public required IAuditLog Audit { get; init; }

    public required ICannedAnswers CannedAnswers { get; init; }

    public required IOperatorNotes Notes { get; init; }

    public required ITrainingStore Trainings { get; init; }

    public required ITrainees Trainees { get; init; }

    public required ICampaigns Campaigns { get; init; }

    public required IAnnouncements Announcements { get; init; }

    public required IFlowResponses FlowResponses { get; init; }

    public required IRetentionStore Retention { get; init; }

    public required ISessionOutcomes SessionOutcomes { get; init; }

    public required IIdleSessions IdleSessions { get; init; }
    public required ILiveKnowledgeStore LiveKnowledge { get; init; }

    public required IAnalyticsEvents Events { get; init; }

    public required IApplications Applications { get; init; }

    /// <summary>A flow's contacts: no interface reads them, but /forget must erase them.</summary>
    public required Func<string, IReadOnlyList<FlowContact>> Contacts { get; init; }

    private Action Close { get; init; } = () => { };

    public void Dispose() => Close();

    /// <summary>The LiteDB stores over a new encrypted file in a temporary folder.</summary>
    public static StoreSet OnLiteDb()
    {
        var folder = new TemporaryFolder();
        var database = new ChatBotDatabase(folder.File(ChatBotDatabase.FileName), "contract-password");
        var outbox = new LiteOutbox(database);
        var flowResponses = new LiteFlowResponses(database);
        var sessions = new LiteSessionOutcomes(database);
        var unanswered = new LiteUnansweredQuestions(database);
        return new StoreSet
        {
            Conversations = new LiteConversationStore(database),
            Outbox = outbox,
            ConversationOutbox = outbox,
            BlockedChats = new LiteBlockedChats(database),
            Unanswered = unanswered,
            Inbox = unanswered,
            Handoffs = new LiteHandoffLog(database),
            WebChats = new LiteWebChats(database),
            Accounts = new LiteOperatorAccounts(database),
            Audit = new LiteAuditLog(database),
            CannedAnswers = new LiteCannedAnswers(database),
            Notes = new LiteOperatorNotes(database),
            Trainings = new LiteTrainingStore(database),
            Trainees = new LiteTrainees(database),
            Campaigns = new LiteCampaigns(database),
            Announcements = new LiteAnnouncements(database),
            FlowResponses = flowResponses,
            Retention = new LiteRetentionStore(database),
            SessionOutcomes = sessions,
            IdleSessions = sessions,
            LiveKnowledge = new LiteLiveKnowledge(database),
            Events = new LiteAnalyticsEvents(database),
            Applications = new LiteApplications(database),
            Contacts = flowResponses.Contacts,
            Close = () =>
            {
                database.Dispose();
                folder.Dispose();
            },
        };
    }

    /// <summary>
    /// The PostgreSQL stores over a new database of the tests' server (<see cref="PostgresServer"/>).
    /// </summary>
    public static StoreSet OnPostgreSql()
    {
        var database = new PgDatabase(PostgresServer.NewDatabase(), "contract-password");
        var sessions = new PgSessionOutcomes(database);
        var outbox = new PgOutbox(database);
        var unanswered = new PgUnansweredQuestions(database);
        var flowResponses = new PgFlowResponses(database);
        return new StoreSet
        {
            Conversations = new PgConversationStore(database),
            Outbox = outbox,
            ConversationOutbox = outbox,
            BlockedChats = new PgBlockedChats(database),
            Unanswered = unanswered,
            Inbox = unanswered,
            Handoffs = new PgHandoffLog(database),
            WebChats = new PgWebChats(database),
            Accounts = new PgOperatorAccounts(database),
            Audit = new PgAuditLog(database),
            CannedAnswers = new PgCannedAnswers(database),
            Notes = new PgOperatorNotes(database),
            Trainings = new PgTrainingStore(database),
            Trainees = new PgTrainees(database),
            Campaigns = new PgCampaigns(database),
            Announcements = new PgAnnouncements(database),
            FlowResponses = flowResponses,
            Retention = new PgRetentionStore(database),
            SessionOutcomes = sessions,
            IdleSessions = sessions,
            LiveKnowledge = new PgLiveKnowledge(database),
            Events = new PgAnalyticsEvents(database),
            Applications = new PgApplications(database),
            Contacts = flowResponses.Contacts,
            Close = database.Dispose,
        };
    }

    /// <summary>The in-memory twins over one new in-memory database.</summary>
    public static StoreSet InMemory()
    {
        var stores = new InMemoryStores();
        return new StoreSet
        {
            Conversations = stores.Conversations,
            Outbox = stores.Outbox,
            ConversationOutbox = stores.Outbox,
            BlockedChats = stores.BlockedChats,
            Unanswered = stores.Unanswered,
            Inbox = stores.Unanswered,
            Handoffs = stores.Handoffs,
            WebChats = stores.WebChats,
            Accounts = stores.OperatorAccounts,
            Audit = stores.AuditLog,
            CannedAnswers = stores.CannedAnswers,
            Notes = stores.OperatorNotes,
            Trainings = stores.Trainings,
            Trainees = stores.Trainees,
            Campaigns = stores.Campaigns,
            Announcements = stores.Announcements,
            FlowResponses = stores.FlowResponses,
            Retention = stores.Retention,
            SessionOutcomes = stores.SessionOutcomes,
            IdleSessions = stores.SessionOutcomes,
            LiveKnowledge = stores.LiveKnowledge,
            Events = stores.Events,
            Applications = stores.Applications,
            Contacts = stores.FlowResponses.Contacts,
        };
    }
}
