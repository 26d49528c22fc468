using ChatBot.Core.Conversations;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Trainings;
using ChatBot.Knowledge.Loading;
using ChatBot.Storage.LiteDb;
using ChatBot.Storage.LiteDb.Trainings;
using ChatBot.Testing;

namespace ChatBot.Tests.Trainings;

/// <summary>The trainings stores over a real encrypted LiteDB file in a temporary folder, with the repository's texts.</summary>
internal sealed class TrainingStore : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 4, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<KnowledgeBase> SharedKnowledge = new(() =>
        KnowledgeLoader.Load(RepositoryPaths.Knowledge).Knowledge ?? throw new InvalidOperationException("knowledge/ has errors"));

    private readonly TemporaryFolder _folder = new();

    public TrainingStore()
    {
        Database = new ChatBotDatabase(_folder.File("chatbot.db"), "secret");
        Notices = new TrainingNotices(Knowledge.Texts);
        Store = new LiteTrainingStore(Database);
        Catalog = new TrainingCatalog(Store, Notices, Notified);
        Enrollments = new Enrollments(Store, Notices, Notified);
        Trainees = new LiteTrainees(Database);
        Outbox = new LiteOutbox(Database);
    }

    public static KnowledgeBase Knowledge => SharedKnowledge.Value;

    public ChatBotDatabase Database { get; }

    public TrainingNotices Notices { get; }

    public LiteTrainingStore Store { get; }

    public TrainingCatalog Catalog { get; }

    public Enrollments Enrollments { get; }

    public LiteTrainees Trainees { get; }

    public LiteOutbox Outbox { get; }

    public RecordingNotifier Notified { get; } = new();

    public string Folder => _folder.Path;

    public Training Add(string id = "tax-webinar", int capacity = 10, DateTimeOffset? startsAt = null, Action<Training>? change = null)
    {
        var training = Trainings.Sample(id, capacity, startsAt ?? Now.AddDays(5));
        change?.Invoke(training);
        Catalog.Save([training]);
        return training;
    }

    public EnrollResult Enroll(string trainingId, string chatId, bool wait = false, Language language = Language.Ru, DateTimeOffset? at = null) =>
        Enrollments.Enroll(new EnrollRequest(trainingId, ConversationIds.Of("telegram", chatId), "telegram", chatId, language, at ?? Now, wait));

    public IReadOnlyList<OutboxItem> Pending() => Outbox.Pending("telegram", 1000);

    public void Dispose()
    {
        Database.Dispose();
        _folder.Dispose();
    }
}

/// <summary>Remembers which conversations were told to wake up.</summary>
internal sealed class RecordingNotifier : IConversationNotifier
{
    private readonly List<string> _notified = [];

    public IReadOnlyList<string> All
    {
        get
        {
            lock (_notified)
            {
                return _notified.ToList();
            }
        }
    }

    public void Notify(string conversationId)
    {
        lock (_notified)
        {
            _notified.Add(conversationId);
        }
    }
}
