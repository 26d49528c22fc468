using ChatBot.Core.Understanding;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ChatBot.Nlu.Intents;

/// <summary>
/// A trained intent model serving predictions. PredictionEngine is not thread-safe, so engines
/// come from a pool: each call borrows one and gives it back.
/// </summary>
public sealed class IntentModel : IIntentClassifier
{
    private readonly EnginePolicy _policy;
    private readonly ObjectPool<PredictionEngine<TextRow, ScoreRow>> _engines;
    private readonly string[] _labels;

    internal IntentModel(MLContext ml, ITransformer transformer, DataViewSchema inputSchema, NearestCentroid centroids, ScoreMixture mixture)
    {
        Transformer = transformer;
        InputSchema = inputSchema;
        Centroids = centroids;
        Mixture = mixture;
        _policy = new EnginePolicy(ml, transformer);
        _engines = new DefaultObjectPool<PredictionEngine<TextRow, ScoreRow>>(_policy, Environment.ProcessorCount * 2);
        var outputSchema = transformer.GetOutputSchema(inputSchema);
        _labels = ReadLabels(outputSchema);
        UsesEmbedding = IntentPipeline.UsesEmbedding(outputSchema);
    }

    internal ITransformer Transformer { get; }

    internal DataViewSchema InputSchema { get; }

    /// <summary>The nearest centroid over the same features, in the order of <see cref="Labels"/>.</summary>
    internal NearestCentroid Centroids { get; }

    /// <summary>How the maximum entropy model's and the centroid's probabilities are combined (chosen when trained).</summary>
    internal ScoreMixture Mixture { get; }

    public IReadOnlyList<string> Labels => _labels;

    /// <summary>How many prediction engines the pool has made so far.</summary>
    internal int EnginesMade => _policy.Made;

    /// <summary>Whether this model reads the sentence embedding; one that does not is spared computing it.</summary>
    internal bool UsesEmbedding { get; }

    public IReadOnlyList<IntentScore> Classify(string text) => ClassifyEach(text, [IntentComponent.Combined])[0];

    /// <summary>
    /// The scores of each component asked for, from one prediction: one component alone, or their combination (what
    /// the bot uses), for measuring them side by side.
    /// </summary>
    internal IReadOnlyList<IntentScore>[] ClassifyEach(string text, IReadOnlyList<IntentComponent> components)
    {
        var row = TextRow.Of(text, UsesEmbedding ? IntentEmbedding.Of(text) : IntentEmbedding.Unused);
        var engine = _engines.Get();
        ScoreRow prediction;
        try
        {
            prediction = engine.Predict(row);
        }
        finally
        {
            _engines.Return(engine);
        }

        return components.Select(component => Ranked(component switch
        {
            IntentComponent.MaxEnt => prediction.Score,
            IntentComponent.NearestCentroid => Mixture.CentroidProbabilities(Centroids.Cosines(prediction.Features)),

            // The cosines are computed only when the centroid counts.
            _ => Mixture.Weight == 0 ? prediction.Score : Mixture.Mix(prediction.Score, Centroids.Cosines(prediction.Features)),
        })).ToArray();
    }

    private IntentScore[] Ranked(float[] scores)
    {
        var result = new IntentScore[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            result[i] = new IntentScore(_labels[i], scores[i]);
        }

        Array.Sort(result, (a, b) => b.Probability.CompareTo(a.Probability));
        return result;
    }

    /// <summary>
    /// Makes the pool's first engine and predicts once, so that the first message does not wait for the engine and for
    /// the prediction code to compile (0.1–0.9 s of the first answer, more on a busier machine: docs/benchmarks.md).
    /// </summary>
    internal void WarmUp() => Classify("?");

    internal static string[] ReadLabels(DataViewSchema outputSchema)
    {
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        outputSchema["Score"].GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    private sealed class EnginePolicy(MLContext ml, ITransformer transformer) : PooledObjectPolicy<PredictionEngine<TextRow, ScoreRow>>
    {
        private int _made;

        public int Made => Volatile.Read(ref _made);

        public override PredictionEngine<TextRow, ScoreRow> Create()
        {
            Interlocked.Increment(ref _made);
            return ml.Model.CreatePredictionEngine<TextRow, ScoreRow>(transformer);
        }

        public override bool Return(PredictionEngine<TextRow, ScoreRow> obj) => true;
    }
}

/// <summary>The parts of an <see cref="IntentModel"/> whose scores can be read apart.</summary>
internal enum IntentComponent
{
    MaxEnt,
    NearestCentroid,
    Combined,
}
