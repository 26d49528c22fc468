using ChatBot.Core.Understanding;
using ChatBot.Nlu.Evaluation;
using ChatBot.Nlu.Intents;
using ChatBot.Testing;

namespace ChatBot.Tests.Nlu;

/// <summary>
/// Topics with a handful of phrasings (editors add new ones with 3–10): the nearest centroid beside the maximum entropy
/// model, mixed as cross-validation at training time chooses (docs/understanding.md, "Learning curve").
/// </summary>
public sealed class FewPhrasingsTests
{
    private const string Topic = "hire_employee_contract";

    private static readonly IntentComponent[] EveryComponent = [IntentComponent.MaxEnt, IntentComponent.NearestCentroid, IntentComponent.Combined];

    // The knowledge base with five phrasings per topic and language (the out-of-scope class whole), as when editors
    // have just written it. Its five Russian phrasings of the topic are "как заключить трудовой договор", "образец
    // трудового договора рк", "испытательный срок по трудовому кодексу", "как правильно принять на работу по тк рк"
    // and "нанял человека что делать дальше по закону".
    private static readonly Lazy<IReadOnlyList<TrainingExample>> FivePerTopic = new(() =>
        LearningCurve.Sample(KnowledgeExamples.From(SharedModel.Knowledge), perTopic: 5, seed: 1));

    private static readonly Lazy<IntentModel> FewShotModel = new(() => IntentModelTrainer.Train(FivePerTopic.Value));

    private static readonly string[] Probes =
    [
        "оформить нового сотрудника по трудовому договору",
        "как открыть ип онлайн",
        "салык режимін қалай таңдаймын",
        "какая завтра погода",
    ];

    [Fact]
    public void ATopicWithOnlyFivePhrasingsIsRecognisedFromARewording()
    {
        var model = FewShotModel.Value;
        var rewording = "оформить нового сотрудника по трудовому договору";
        Assert.DoesNotContain(FivePerTopic.Value, e => e.Text == rewording);

        var scores = model.Classify(rewording);

        Assert.True(model.Mixture.Weight > 0, $"few phrasings, yet the maximum entropy model alone: {model.Mixture}");
        Assert.Equal(Topic, scores[0].Intent);
        Assert.True(scores[0].Probability >= SharedModel.Knowledge.Thresholds.Suggest, $"{scores[0]} is not even offered");
    }

    [Fact]
    public void TrainingTwiceOnFewPhrasingsChoosesTheSameMixtureAndGivesTheSameProbabilities()
    {
        var again = IntentModelTrainer.Train(FivePerTopic.Value);

        Assert.Equal(FewShotModel.Value.Mixture, again.Mixture);
        foreach (var probe in Probes)
        {
            Assert.Equal(Flatten(FewShotModel.Value.ClassifyEach(probe, EveryComponent)), Flatten(again.ClassifyEach(probe, EveryComponent)));
        }
    }

    [Fact]
    public void TheModelCacheKeepsTheNearestCentroidAndTheMixture()
    {
        using var folder = new TemporaryFolder();
        var cache = new ModelCache(folder.Path);
        var (trained, _) = cache.LoadOrTrain(FivePerTopic.Value);

        var (loaded, fromCache) = cache.LoadOrTrain(FivePerTopic.Value);

        Assert.True(fromCache);
        Assert.True(trained.Mixture.Weight > 0, $"nothing of the centroid to keep: {trained.Mixture}");
        Assert.Equal(trained.Mixture, loaded.Mixture);
        foreach (var probe in Probes)
        {
            Assert.Equal(Flatten(trained.ClassifyEach(probe, EveryComponent)), Flatten(loaded.ClassifyEach(probe, EveryComponent)));
        }
    }

    [Fact]
    public void WithTheKnowledgeBasesManyPhrasingsTheModelIsTheMaximumEntropyModelAlone()
    {
        var model = SharedModel.Model;

        var each = model.ClassifyEach("как нанять работника в ип", [IntentComponent.MaxEnt, IntentComponent.Combined]);

        Assert.Equal(0f, model.Mixture.Weight);
        Assert.Equal(Flatten([each[0]]), Flatten([each[1]]));
    }

    private static List<(string, double)> Flatten(IEnumerable<IReadOnlyList<IntentScore>> scores) =>
        scores.SelectMany(s => s.Select(x => (x.Intent, x.Probability))).ToList();
}
