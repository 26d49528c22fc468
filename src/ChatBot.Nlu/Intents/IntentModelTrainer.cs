using Microsoft.ML;

namespace ChatBot.Nlu.Intents;

/// <summary>Trains an <see cref="IntentModel"/> from labelled examples with a fixed seed.</summary>
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
        var data = ml.Data.LoadFromEnumerable(rows);
        var transformer = IntentPipeline.Build(ml, withEmbedding).Fit(data);
        return new IntentModel(ml, transformer, data.Schema);
    }
}
