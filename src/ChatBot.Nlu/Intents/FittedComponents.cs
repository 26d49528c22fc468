using Microsoft.ML;
using Microsoft.ML.Data;

namespace ChatBot.Nlu.Intents;

/// <summary>
/// The pipeline fitted on some rows: the maximum entropy model and the nearest centroid over the same features,
/// featurised once. Used for the model itself and for each fold of <see cref="MixtureSelection"/>.
/// </summary>
internal sealed record FittedComponents(ITransformer Transformer, DataViewSchema InputSchema, string[] Labels, NearestCentroid Centroids)
{
    public static FittedComponents Fit(MLContext ml, IReadOnlyList<TextRow> rows, bool withEmbedding)
    {
        var data = ml.Data.LoadFromEnumerable(rows);
        var featurizer = IntentPipeline.Features(ml, withEmbedding).Fit(data);

        // L-BFGS passes over the data many times, and the centroids read it once more: featurise once.
        var featurized = ml.Data.Cache(featurizer.Transform(data));
        var transformer = featurizer.Append(IntentPipeline.Trainer(ml).Fit(featurized));
        var labels = IntentModel.ReadLabels(transformer.GetOutputSchema(data.Schema));
        var indexOf = labels.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i);
        var features = ml.Data.CreateEnumerable<FeatureRow>(featurized, reuseRowObject: false).Select(r => r.Features).ToList();
        var dimensions = ((VectorDataViewType)featurized.Schema["Features"].Type).Size;
        var centroids = NearestCentroid.Fit(features, rows.Select(r => indexOf[r.Label]).ToList(), labels.Length, dimensions);
        return new FittedComponents(transformer, data.Schema, labels, centroids);
    }
}
