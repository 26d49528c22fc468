using ChatBot.Core.Engine;
using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Testing;

/// <summary>
/// The real engine on a real, encrypted LiteDB file in a temporary folder, with the real model
/// trained on the repository's knowledge base and a fake clock.
/// </summary>
public sealed class TestBot : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public TestBot(IIntentClassifier? classifier = null, string password = "test-password")
    {
        Database = new ChatBotDatabase(_folder.File(ChatBotDatabase.FileName), password);
        Store = new LiteConversationStore(Database);
        Outbox = new LiteOutbox(Database);
        Unanswered = new LiteUnansweredQuestions(Database);
        Handoffs = new LiteHandoffLog(Database);
        Desk = new HandoffDesk(Hours, Handoffs, Signals);
        Engine = new ConversationEngine(Knowledge, Store, classifier ?? SharedModel.Model, SharedModel.LanguageDetector, Time, Desk);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));

    public KnowledgeBase Knowledge => SharedModel.Knowledge;

    public ChatBotDatabase Database { get; }

    public LiteConversationStore Store { get; }

    public LiteOutbox Outbox { get; }

    public LiteUnansweredQuestions Unanswered { get; }

    public ConversationEngine Engine { get; }

    /// <summary>Operators' working hours: the defaults (weekdays 9:00-18:00 Almaty) unless a test changes them.</summary>
    public WorkingHours Hours { get; } = new();

    public HandoffSignals Signals { get; } = new();

    public LiteHandoffLog Handoffs { get; }

    public HandoffDesk Desk { get; }

    public string DatabasePath => _folder.File(ChatBotDatabase.FileName);

    /// <summary>A conversation test in the style of the Bot Framework's TestFlow.</summary>
    public TestFlow Conversation(string chatId = "user-1", string channel = "test") => new(this, channel, chatId);

    public void Dispose()
    {
        Database.Dispose();
        _folder.Dispose();
    }
}
