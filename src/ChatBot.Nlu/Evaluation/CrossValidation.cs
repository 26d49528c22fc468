using ChatBot.Nlu.Intents;

namespace ChatBot.Nlu.Evaluation;

/// <summary>
/// Stratified k-fold cross-validation: each intent's examples are dealt round the folds in a
/// seeded shuffle, each fold is scored by a model trained on the others.
/// </summary>
public static class CrossValidation
{
    public static IReadOnlyList<ScoredExample> Run(IReadOnlyList<TrainingExample> examples, int folds, int seed = 7)
    {
        var random = new Random(seed);
        var foldOf = new Dictionary<TrainingExample, int>(ReferenceEqualityComparer.Instance);
        foreach (var group in examples.GroupBy(e => e.Label))
        {
            var shuffled = group.OrderBy(_ => random.Next()).ToList();
            for (var i = 0; i < shuffled.Count; i++)
            {
                foldOf[shuffled[i]] = i % folds;
            }
        }

        var scored = new List<ScoredExample>();
        for (var fold = 0; fold < folds; fold++)
        {
            var train = examples.Where(e => foldOf[e] != fold).ToList();
            var test = examples.Where(e => foldOf[e] == fold).ToList();
            var model = IntentModelTrainer.Train(train);
            scored.AddRange(ScoredExample.Score(model, test));
        }

        return scored;
    }
}
