using ChatBot.Core.Knowledge;
using ChatBot.Core.Flows;
using ChatBot.Knowledge.Dialogs;
using ChatBot.Knowledge.Loading;
using ChatBot.Nlu.Intents;
using ChatBot.Nlu.Languages;

namespace ChatBot.Testing;

/// <summary>
/// The repository's knowledge base and the real intent model trained on it, built once per test run
/// (training takes seconds; every conversation test shares the result).
/// </summary>
public static class SharedModel
{
    private static readonly Lazy<KnowledgeBase> LazyKnowledge = new(() =>
    {
        var result = KnowledgeLoader.Load(RepositoryPaths.Knowledge);
        return result.Knowledge ?? throw new InvalidOperationException(string.Join('\n', result.Errors));
    });

    private static readonly Lazy<IntentModel> LazyModel = new(() => IntentModelTrainer.Train(KnowledgeExamples.From(Knowledge)));

    private static readonly Lazy<LanguageDetector> LazyDetector = new(() => LanguageDetector.TrainedOn(Knowledge));

    private static readonly Lazy<FlowCatalog> LazyDialogs = new(() =>
    {
        var result = DialogLoader.Load(RepositoryPaths.Dialogs, Knowledge.Intents.Select(i => i.Id).ToHashSet());
        return result.Catalog ?? throw new InvalidOperationException(string.Join('\n', result.Errors));
    });

    public static KnowledgeBase Knowledge => LazyKnowledge.Value;

    /// <summary>The repository's flows (dialogs/), validated against its knowledge base.</summary>
    public static FlowCatalog Dialogs => LazyDialogs.Value;

    public static IntentModel Model => LazyModel.Value;

    public static LanguageDetector LanguageDetector => LazyDetector.Value;
}
