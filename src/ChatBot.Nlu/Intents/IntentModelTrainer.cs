using Microsoft.ML;

namespace ChatBot.Nlu.Intents;

/// <summary>
/// Trains an <see cref="IntentModel"/> from labelled examples with a fixed seed: the maximum entropy model, the nearest
/// centroid beside it and, when intents have few examples, their mixture chosen by cross-validation.
/// </summary>
public static class IntentModelTrainer
{
    public static IntentModel Train(IReadOnlyList<TrainingExample> examples)
    {
        if (examples.Select(e => e.Label).Distinct().Count() < 2)
        {
            throw new ArgumentException("training needs examples of at least two intents", nameof(examples));
        }

        var ml = new MLContext(IntentPipeline.Seed);
        var withEmbedding = EnglishTrainingData.Is(examples);
        var embeddings = withEmbedding ? IntentEmbedding.Of(examples.Select(e => e.Text).ToList()) : null;
        var rows = examples.Select((e, i) => TextRow.Of(e.Text, embeddings?[i] ?? IntentEmbedding.Unused, e.Label)).ToList();

        // The model first, the folds after: the folds' fits draw on the context's seed and must not change the model.
        var fitted = FittedComponents.Fit(ml, rows, withEmbedding);
        var mixture = MixtureSelection.Choose(ml, rows, withEmbedding, fitted.Labels);
        return new IntentModel(ml, fitted.Transformer, fitted.InputSchema, fitted.Centroids, mixture);
    }
}
