using ChatBot.Core.Composition;
using ChatBot.Core.Conversations;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Trainings;
using ChatBot.Host.Composition;
using ChatBot.Knowledge.Trainings;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Host.Trainings;

/// <summary>
/// The trainings part of a running bot, as <see cref="CoreServices.AddChatBotCore"/> composes it: the catalogue,
/// enrollments, schedule and trainees, the notices they queue, and the sample catalogue seeded into a new installation.
/// </summary>
public sealed class TrainingRuntime(
    TrainingCatalog catalog, Enrollments enrollments, TrainingSchedule schedule, ITrainees trainees, TrainingNotices notices, IConversationNotifier notifier)
{
    /// <summary>What the engine gets.</summary>
    public TrainingServices Services { get; } = new(catalog, enrollments, trainees);

    public TrainingCatalog Catalog => catalog;

    public Enrollments Enrollments => enrollments;

    /// <summary>Reminders and feedback questions as they fall due.</summary>
    public TrainingSchedule Schedule => schedule;

    public ITrainees Trainees => trainees;

    public TrainingNotices Notices => notices;

    /// <summary>Wakes whoever shows or sends the conversations of people notified outside their own turn.</summary>
    public IConversationNotifier Notifier => notifier;

    /// <summary>The trainings over <paramref name="database"/>, as they are (for the command line).</summary>
    public static TrainingRuntime Over(ChatBotDatabase database, TextCatalog texts) =>
        ChatBotServices.OverStore(database, new TrainingNotices(texts)).GetRequiredService<TrainingRuntime>();

    /// <summary>Opens the trainings over <paramref name="database"/> and seeds knowledge/trainings.yaml once.</summary>
    public static TrainingRuntime Open(ChatBotDatabase database, KnowledgeBase knowledge, string knowledgeDir, TimeProvider time)
    {
        var runtime = Over(database, knowledge.Texts);
        runtime.SeedOnce(knowledgeDir, time);
        return runtime;
    }

    /// <summary>Saves knowledge/trainings.yaml into a database that never had a catalogue.</summary>
    public void SeedOnce(string knowledgeDir, TimeProvider time)
    {
        var seed = Path.Combine(knowledgeDir, TrainingFileLoader.SeedFile);
        if (File.Exists(seed))
        {
            var now = time.GetUtcNow();
            Catalog.SeedOnce(() => LoadSeed(seed, now), now);
        }
    }

    private static IReadOnlyList<Training> LoadSeed(string path, DateTimeOffset now)
    {
        var result = TrainingFileLoader.Load(path, now, "knowledge/" + TrainingFileLoader.SeedFile);
        return result.Trainings ?? throw new KnowledgeInvalidException(result.Errors);
    }
}
