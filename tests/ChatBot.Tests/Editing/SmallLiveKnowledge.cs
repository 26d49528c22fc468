using ChatBot.Core.Editing;
using ChatBot.Core.Knowledge;
using ChatBot.Knowledge.Writing;
using ChatBot.Nlu.Intents;
using ChatBot.Testing;
using ChatBot.Testing.InMemory;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Editing;

/// <summary>
/// The live knowledge over a small knowledge folder (the repository's system intents, out-of-scope examples, texts,
/// words and policy with three FAQ topics), so that a retraining takes a few seconds: the store, the editing rules, the
/// background retraining and an engine whose turns take the live model.
/// </summary>
internal sealed class SmallLiveKnowledge : IDisposable
{
    public const string Registration = "register_sole_proprietor";

    private readonly TemporaryFolder _models = new();

    public SmallLiveKnowledge(double margin = 0.02, IReadOnlyList<RegressionItem>? regression = null)
    {
        Files = Folder();
        Store.Save(new LiveKnowledgeCopy { Version = 1, ShippedHash = KnowledgeFiles.HashOf(Files), Files = Files });
        Store.AddToRegressionSet(regression ?? []);
        var reading = Format.Read(Files);
        var knowledge = reading.Knowledge ?? throw new InvalidOperationException(string.Join('\n', reading.Errors));
        var trainer = new CachedModelTrainer(_models.Path);
        var first = trainer.Train(knowledge);
        Models = new LiveModels(new LiveModel(knowledge, first.Classifier, new ModelStatus(1, first.Version, Time.GetUtcNow(), 0)));
        Retraining = new LiveRetraining(Models, trainer, Store, Time, margin);
        Editor = new KnowledgeEditor(Store, Format, Retraining, Time);
        Bot = new TestBot(first.Classifier, knowledge: knowledge, live: Models);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));

    public List<KnowledgeFile> Files { get; }

    public InMemoryLiveKnowledge Store { get; } = new();

    public KnowledgeYamlFormat Format { get; } = new();

    public LiveModels Models { get; }

    public LiveRetraining Retraining { get; }

    public KnowledgeEditor Editor { get; }

    public TestBot Bot { get; }

    /// <summary>The topic as the small knowledge has it (without related topics, which it does not hold).</summary>
    public static IntentDefinition Topic(string id) => SharedModel.Knowledge.Find(id)! with { Related = [] };

    /// <summary>The reply of the engine to <paramref name="text"/> in a new conversation.</summary>
    public async Task<string> AskAsync(string text)
    {
        var chat = Guid.NewGuid().ToString("N");
        var outcome = await Bot.Engine.HandleAsync(new ChatBot.Core.Messages.IncomingMessage("test", chat, text, null, chat + "-1", Time.GetUtcNow()));
        return outcome.Replies.FirstOrDefault()?.Message.Text ?? "";
    }

    public void Dispose()
    {
        Bot.Dispose();
        _models.Dispose();
    }

    private static List<KnowledgeFile> Folder()
    {
        var repository = KnowledgeFolder.Read(RepositoryPaths.Knowledge);
        var kept = new[] { "policy.yaml", "system/intents.yaml", "system/out-of-scope.yaml", "system/texts.yaml", "system/words.yaml" };
        var topics = new[] { Registration, "close_sole_proprietor", "choose_tax_regime_2026" }
            .Select(Topic);
        return
        [
            .. repository.Where(f => kept.Contains(f.Path)),
            new KnowledgeFile { Path = "faq/small.yaml", Text = IntentYamlWriter.File(topics) },
        ];
    }
}
