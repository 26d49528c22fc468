using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.Nlu.Intents;

namespace ChatBot.Nlu.Evaluation;

/// <summary>One candidate's figures at one training size, for all lines and per language.</summary>
/// <param name="Mixture">The weight and temperature the trainer chose (the combination's; fold models' vary).</param>
public sealed record CurvePointResult(
    int PerTopic, int TrainingLines, string Candidate, string Set, int Count, double InScopeAccuracy, double OosRecall, double RawTop1,
    double Accept, double Margin, string Mixture);

/// <summary>
/// How the classifier holds up with few phrasings: trains on at most N phrasings per topic and language, drawn with a
/// fixed seed (the out-of-scope class is kept whole: it is the bot's, not the editors'), and scores each candidate
/// (the maximum entropy model, the nearest centroid, their combination) on a test file, or by 5-fold
/// cross-validation of the drawn lines when there is none.
/// </summary>
public static class LearningCurve
{
    internal static readonly IReadOnlyDictionary<string, IntentComponent> Candidates = new Dictionary<string, IntentComponent>
    {
        ["maxent"] = IntentComponent.MaxEnt,
        ["centroid"] = IntentComponent.NearestCentroid,
        ["combined"] = IntentComponent.Combined,
    };

    private const int Folds = 5;

    public static IReadOnlyList<TrainingExample> Sample(IReadOnlyList<TrainingExample> examples, int perTopic, int seed)
    {
        var random = new Random(seed);
        var chosen = new HashSet<TrainingExample>(ReferenceEqualityComparer.Instance);
        foreach (var group in examples.GroupBy(e => (e.Label, e.Lang)))
        {
            var lines = group.Key.Label == DecisionPolicy.OutOfScope ? group : group.OrderBy(_ => random.Next()).Take(perTopic);
            chosen.UnionWith(lines);
        }

        return examples.Where(chosen.Contains).ToList();
    }

    /// <param name="validation">Where each candidate's thresholds are chosen; without it the policy's are used.</param>
    public static IReadOnlyList<CurvePointResult> Measure(
        IReadOnlyList<TrainingExample> examples, int perTopic, int seed, IReadOnlyList<TrainingExample>? test,
        IReadOnlyList<TrainingExample>? validation, DecisionThresholds policy)
    {
        var sample = Sample(examples, perTopic, seed);
        var scored = Candidates.Keys.ToDictionary(c => c, _ => new List<ScoredExample>());
        string mixture;
        var thresholds = Candidates.Keys.ToDictionary(c => c, _ => policy);
        if (test is not null)
        {
            var model = IntentModelTrainer.Train(sample);
            mixture = Describe(model.Mixture);
            Add(scored, ScoreEach(model, test));
            if (validation is not null)
            {
                var onValidation = Candidates.Keys.ToDictionary(c => c, _ => new List<ScoredExample>());
                Add(onValidation, ScoreEach(model, validation));
                thresholds = Candidates.Keys.ToDictionary(c => c, c => ThresholdSearch.Choose(onValidation[c], policy));
            }
        }
        else
        {
            var mixtures = new List<string>();
            foreach (var (train, heldOut) in FoldsOf(sample, seed))
            {
                var model = IntentModelTrainer.Train(train);
                mixtures.Add(Describe(model.Mixture));
                Add(scored, ScoreEach(model, heldOut));
            }

            mixture = string.Join(" ", mixtures);
        }

        var results = new List<CurvePointResult>();
        foreach (var candidate in Candidates.Keys)
        {
            var lines = scored[candidate];
            var chosen = thresholds[candidate];
            var sets = new[] { ("all", (IReadOnlyList<ScoredExample>)lines) }
                .Concat(lines.Where(s => s.Example.Lang is not null).GroupBy(s => s.Example.Lang!).OrderBy(g => g.Key)
                    .Select(g => (g.Key, (IReadOnlyList<ScoredExample>)g.ToList())));
            foreach (var (set, part) in sets)
            {
                var metrics = EvaluationMetrics.Compute(part, chosen);
                var raw = EvaluationMetrics.Compute(part, chosen with { Accept = 0, Margin = 0 });
                results.Add(new CurvePointResult(
                    perTopic, sample.Count, candidate, set, part.Count, metrics.InScopeAccuracy, metrics.OosRecall, raw.InScopeAccuracy,
                    chosen.Accept, chosen.Margin, mixture));
            }
        }

        return results;
    }

    private static string Describe(ScoreMixture mixture) => $"w={mixture.Weight:0.0#},τ={mixture.Temperature:0.0##}";

    private static void Add(Dictionary<string, List<ScoredExample>> into, IEnumerable<(string Candidate, ScoredExample Scored)> scored)
    {
        foreach (var (candidate, item) in scored)
        {
            into[candidate].Add(item);
        }
    }

    private static IEnumerable<(string, ScoredExample)> ScoreEach(IntentModel model, IReadOnlyList<TrainingExample> examples)
    {
        var components = Candidates.Values.ToList();
        foreach (var example in examples)
        {
            var each = model.ClassifyEach(example.Text, components);
            var i = 0;
            foreach (var candidate in Candidates.Keys)
            {
                yield return (candidate, new ScoredExample(example, each[i++], 0));
            }
        }
    }

    private static IEnumerable<(List<TrainingExample> Train, List<TrainingExample> HeldOut)> FoldsOf(IReadOnlyList<TrainingExample> sample, int seed)
    {
        var random = new Random(seed);
        var foldOf = new Dictionary<TrainingExample, int>(ReferenceEqualityComparer.Instance);
        foreach (var group in sample.GroupBy(e => e.Label))
        {
            var shuffled = group.OrderBy(_ => random.Next()).ToList();
            for (var i = 0; i < shuffled.Count; i++)
            {
                foldOf[shuffled[i]] = i % Folds;
            }
        }

        for (var fold = 0; fold < Folds; fold++)
        {
            yield return (sample.Where(e => foldOf[e] != fold).ToList(), sample.Where(e => foldOf[e] == fold).ToList());
        }
    }
}
