using ChatBot.Core.Announcements;
using ChatBot.Core.Campaigns;
using ChatBot.Core.Composition;
using ChatBot.Core.Conversations;
using ChatBot.Core.Editing;
using ChatBot.Core.Engine;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Sessions;
using ChatBot.Core.Storage;
using ChatBot.Core.Trainings;
using ChatBot.Core.Understanding;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Testing;

/// <summary>
/// The real engine, composed like the service (<c>AddChatBotCore</c>), with the real model trained on the repository's
/// knowledge base, the repository's flows, the operators' desk and a fake clock; on the in-memory stores, or on a real,
/// encrypted LiteDB file in a temporary folder when a test is about the file.
/// </summary>
public sealed class TestBot : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly IIntentClassifier _classifier;
    private readonly string _password;
    private readonly TestStorage _storage;
    private readonly InMemoryStores _memory = new();
    private readonly LiveModels? _live;
    private ChatBotDatabase? _database;

    /// <param name="knowledge">The repository's knowledge base unless a test varies it (a policy, say).</param>
    public TestBot(
        IIntentClassifier? classifier = null,
        string password = "test-password",
        FlowCatalog? flows = null,
        KnowledgeBase? knowledge = null,
        TestStorage? storage = null,
        LiveModels? live = null)
    {
        _live = live;
        _classifier = classifier ?? SharedModel.Model;
        Knowledge = knowledge ?? SharedModel.Knowledge;
        _password = password;
        _storage = storage ?? DefaultStorage;
        Open(flows ?? SharedModel.Dialogs);
    }

    /// <summary>
    /// The in-memory stores, unless CHATBOT_TEST_STORAGE=LiteDb runs every conversation test on a real file as well
    /// (as measured in docs/architecture.md).
    /// </summary>
    public static TestStorage DefaultStorage { get; } =
        Enum.TryParse<TestStorage>(Environment.GetEnvironmentVariable("CHATBOT_TEST_STORAGE"), ignoreCase: true, out var chosen) ? chosen : TestStorage.InMemory;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));

    public KnowledgeBase Knowledge { get; }

    /// <summary>The LiteDB file (<see cref="TestStorage.LiteDb"/> only).</summary>
    public ChatBotDatabase Database =>
        _database ?? throw new InvalidOperationException("this TestBot runs on the in-memory stores; make it with storage: TestStorage.LiteDb");

    public IConversationStore Store { get; private set; } = null!;

    public IOutbox Outbox { get; private set; } = null!;

    /// <summary>One conversation's pending replies, as the web chat's event stream reads them.</summary>
    public IConversationOutbox ConversationOutbox { get; private set; } = null!;

    public IUnansweredQuestions Unanswered { get; private set; } = null!;

    public IBlockedChats BlockedChats { get; private set; } = null!;

    public IFlowResponses FlowResponses { get; private set; } = null!;

    public ICampaigns Campaigns { get; private set; } = null!;

    public IAnnouncements Announcements { get; private set; } = null!;

    public ConversationEngine Engine { get; private set; } = null!;

    /// <summary>Everything the bot is composed of, for a test that builds a part of its own over them.</summary>
    public IServiceProvider Services { get; private set; } = null!;

    /// <summary>Operators' working hours: the defaults (weekdays 9:00-18:00 Almaty) unless a test changes them.</summary>
    public WorkingHours Hours { get; } = new();

    /// <summary>The bus: changes of the queue, and conversations woken by notices written outside their turn (a promotion from the waiting list).</summary>
    public ConversationEvents Events { get; } = new();

    public OperatorPresence Presence { get; } = new();

    public IHandoffLog Handoffs { get; private set; } = null!;

    /// <summary>The outcomes of the sessions that ended.</summary>
    public ISessionOutcomes SessionOutcomes { get; private set; } = null!;

    /// <summary>The job that ends the sessions gone quiet; a test runs it when it moves the clock.</summary>
    public SessionSweeper SessionSweeper { get; private set; } = null!;

    public HandoffDesk Desk { get; private set; } = null!;

    /// <summary>The training catalogue, seats and trainees over the same stores; empty until a test adds trainings.</summary>
    public TrainingCatalog TrainingCatalog { get; private set; } = null!;

    public Enrollments Enrollments { get; private set; } = null!;

    public ITrainees Trainees { get; private set; } = null!;

    /// <summary>Reminders and feedback questions, queued when a test says they are due.</summary>
    public TrainingSchedule Schedule { get; private set; } = null!;

    public string DatabasePath => _folder.File(ChatBotDatabase.FileName);

    /// <summary>A conversation test in the style of the Bot Framework's TestFlow.</summary>
    public TestFlow Conversation(string chatId = "user-1", string channel = "test") => new(this, channel, chatId);

    /// <summary>Stores survey responses as they are, for tests of results.</summary>
    public void InsertResponses(IEnumerable<FlowResponse> responses)
    {
        if (_database is null)
        {
            _memory.FlowResponses.Insert(responses);
        }
        else
        {
            new LiteFlowResponses(_database).Insert(responses);
        }
    }

    /// <summary>Opens a new engine on the same data, as a restarted service would (the LiteDB file is closed and reopened).</summary>
    public void Restart(FlowCatalog? flows = null)
    {
        _database?.Dispose();
        Open(flows ?? SharedModel.Dialogs);
    }

    public void Dispose()
    {
        _database?.Dispose();
        _folder.Dispose();
    }

    private void Open(FlowCatalog flows)
    {
        var services = new ServiceCollection()
            .AddSingleton(Knowledge)
            .AddSingleton(flows)
            .AddSingleton(_classifier)
            .AddSingleton<ILanguageDetector>(SharedModel.LanguageDetector)
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton(Hours)
            .AddSingleton(Events)
            .AddSingleton(Presence);
        if (_live is not null)
        {
            // The editors' live knowledge: each turn takes the knowledge and model swapped in last.
            services.AddSingleton(_live);
        }

        if (_storage == TestStorage.LiteDb)
        {
            _database = new ChatBotDatabase(DatabasePath, _password);
            services.AddLiteDbStorage(_ => _database);
        }
        else
        {
            services.AddInMemoryStorage(_memory);
        }

        var provider = services.AddChatBotCore().BuildServiceProvider();
        Services = provider;
        Engine = provider.GetRequiredService<ConversationEngine>();
        Desk = provider.GetRequiredService<HandoffDesk>();
        TrainingCatalog = provider.GetRequiredService<TrainingCatalog>();
        Enrollments = provider.GetRequiredService<Enrollments>();
        Store = provider.GetRequiredService<IConversationStore>();
        Outbox = provider.GetRequiredService<IOutbox>();
        ConversationOutbox = provider.GetRequiredService<IConversationOutbox>();
        Unanswered = provider.GetRequiredService<IUnansweredQuestions>();
        FlowResponses = provider.GetRequiredService<IFlowResponses>();
        Campaigns = provider.GetRequiredService<ICampaigns>();
        Announcements = provider.GetRequiredService<IAnnouncements>();
        Handoffs = provider.GetRequiredService<IHandoffLog>();
        SessionOutcomes = provider.GetRequiredService<ISessionOutcomes>();
        SessionSweeper = provider.GetRequiredService<SessionSweeper>();
        Trainees = provider.GetRequiredService<ITrainees>();
        BlockedChats = provider.GetRequiredService<IBlockedChats>();
        Schedule = provider.GetRequiredService<TrainingSchedule>();
    }
}
