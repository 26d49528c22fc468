using ChatBot.Core.Composition;
using ChatBot.Core.Conversations;
using ChatBot.Core.Engine;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Trainings;
using ChatBot.Core.Understanding;
using ChatBot.Storage.LiteDb;
using ChatBot.Storage.LiteDb.Trainings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Testing;

/// <summary>
/// The real engine on a real, encrypted LiteDB file in a temporary folder, with the real model
/// trained on the repository's knowledge base, the repository's flows, the operators' desk and a fake clock.
/// </summary>
public sealed class TestBot : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly IIntentClassifier _classifier;
    private readonly string _password;

    /// <param name="knowledge">The repository's knowledge base unless a test varies it (a policy, say).</param>
    public TestBot(IIntentClassifier? classifier = null, string password = "test-password", FlowCatalog? flows = null, KnowledgeBase? knowledge = null)
    {
        _classifier = classifier ?? SharedModel.Model;
        Knowledge = knowledge ?? SharedModel.Knowledge;
        _password = password;
        Open(flows ?? SharedModel.Dialogs);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));

    public KnowledgeBase Knowledge { get; }

    public ChatBotDatabase Database { get; private set; } = null!;

    public LiteConversationStore Store { get; private set; } = null!;

    public LiteOutbox Outbox { get; private set; } = null!;

    public LiteUnansweredQuestions Unanswered { get; private set; } = null!;

    public LiteFlowResponses FlowResponses { get; private set; } = null!;

    public LiteCampaigns Campaigns { get; private set; } = null!;

    public ConversationEngine Engine { get; private set; } = null!;

    /// <summary>Operators' working hours: the defaults (weekdays 9:00-18:00 Almaty) unless a test changes them.</summary>
    public WorkingHours Hours { get; } = new();

    public HandoffSignals Signals { get; } = new();

    public OperatorPresence Presence { get; } = new();

    public LiteHandoffLog Handoffs { get; private set; } = null!;

    public HandoffDesk Desk { get; private set; } = null!;

    /// <summary>The training catalogue, seats and trainees over the same file; empty until a test adds trainings.</summary>
    public TrainingCatalog TrainingCatalog { get; private set; } = null!;

    public Enrollments Enrollments { get; private set; } = null!;

    public LiteTrainees Trainees { get; private set; } = null!;

    /// <summary>Conversations told to wake up by notices written outside their turn (a promotion from the waiting list).</summary>
    public NotifierRelay TrainingNotifier { get; } = new();

    public string DatabasePath => _folder.File(ChatBotDatabase.FileName);

    /// <summary>A conversation test in the style of the Bot Framework's TestFlow.</summary>
    public TestFlow Conversation(string chatId = "user-1", string channel = "test") => new(this, channel, chatId);

    /// <summary>Closes the database and opens a new engine on the same file, as a restarted service would.</summary>
    public void Restart(FlowCatalog? flows = null)
    {
        Database.Dispose();
        Open(flows ?? SharedModel.Dialogs);
    }

    public void Dispose()
    {
        Database.Dispose();
        _folder.Dispose();
    }

    private void Open(FlowCatalog flows)
    {
        Database = new ChatBotDatabase(DatabasePath, _password);

        // Composed like the service (AddLiteDbStorage, AddChatBotCore), with the test's model, clock, hours and signals.
        var services = new ServiceCollection()
            .AddSingleton(Knowledge)
            .AddSingleton(flows)
            .AddSingleton(_classifier)
            .AddSingleton<ILanguageDetector>(SharedModel.LanguageDetector)
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton(Hours)
            .AddSingleton(Signals)
            .AddSingleton(Presence)
            .AddSingleton(TrainingNotifier)
            .AddLiteDbStorage(_ => Database)
            .AddChatBotCore()
            .BuildServiceProvider();
        Engine = services.GetRequiredService<ConversationEngine>();
        Desk = services.GetRequiredService<HandoffDesk>();
        TrainingCatalog = services.GetRequiredService<TrainingCatalog>();
        Enrollments = services.GetRequiredService<Enrollments>();

        // The same file through the LiteDB types, for tests that read what a turn wrote.
        Store = new LiteConversationStore(Database);
        Outbox = new LiteOutbox(Database);
        Unanswered = new LiteUnansweredQuestions(Database);
        FlowResponses = new LiteFlowResponses(Database);
        Campaigns = new LiteCampaigns(Database);
        Handoffs = new LiteHandoffLog(Database);
        Trainees = new LiteTrainees(Database);
    }
}
