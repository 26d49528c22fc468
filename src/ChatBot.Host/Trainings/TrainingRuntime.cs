using ChatBot.Core.Conversations;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Trainings;
using ChatBot.Host.Composition;
using ChatBot.Knowledge.Trainings;
using ChatBot.Storage.LiteDb;
using ChatBot.Storage.LiteDb.Trainings;

namespace ChatBot.Host.Trainings;

/// <summary>
/// The trainings part of a running bot: the catalogue, enrollments and trainees over the one database,
/// the notices they queue, and the sample catalogue seeded into a new installation.
/// </summary>
public sealed class TrainingRuntime
{
    private TrainingRuntime(ChatBotDatabase database, TextCatalog texts)
    {
        var store = new LiteTrainingStore(database);
        Notices = new TrainingNotices(texts);
        Catalog = new TrainingCatalog(store, Notices, Notifier);
        Enrollments = new Enrollments(store, Notices, Notifier);
        Schedule = new TrainingSchedule(store, Notices);
        Trainees = new LiteTrainees(database);
        Services = new TrainingServices(Catalog, Enrollments, Trainees);
    }

    /// <summary>What the engine gets.</summary>
    public TrainingServices Services { get; }

    public TrainingCatalog Catalog { get; }

    public Enrollments Enrollments { get; }

    /// <summary>Reminders and feedback questions as they fall due.</summary>
    public TrainingSchedule Schedule { get; }

    public ITrainees Trainees { get; }

    public TrainingNotices Notices { get; }

    /// <summary>Wakes the web chat's streams of people notified outside their own turn; the web host attaches it.</summary>
    public NotifierRelay Notifier { get; } = new();

    /// <summary>The trainings over <paramref name="database"/>, as they are (for the command line).</summary>
    public static TrainingRuntime Over(ChatBotDatabase database, TextCatalog texts) => new(database, texts);

    /// <summary>Opens the trainings over <paramref name="database"/> and seeds knowledge/trainings.yaml once.</summary>
    public static TrainingRuntime Open(ChatBotDatabase database, KnowledgeBase knowledge, string knowledgeDir, TimeProvider time)
    {
        var runtime = new TrainingRuntime(database, knowledge.Texts);
        var seed = Path.Combine(knowledgeDir, TrainingFileLoader.SeedFile);
        if (File.Exists(seed))
        {
            var now = time.GetUtcNow();
            runtime.Catalog.SeedOnce(() => LoadSeed(seed, now), now);
        }

        return runtime;
    }

    private static IReadOnlyList<Training> LoadSeed(string path, DateTimeOffset now)
    {
        var result = TrainingFileLoader.Load(path, now, "knowledge/" + TrainingFileLoader.SeedFile);
        return result.Trainings ?? throw new KnowledgeInvalidException(result.Errors);
    }
}
