using ChatBot.Core.Understanding;
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
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new TextRow { Text = TextNormalizer.Normalize(e.Text), Label = e.Label }));
        var transformer = IntentPipeline.Build(ml).Fit(data);
        return new IntentModel(ml, transformer, data.Schema);
    }
}
