using ChatBot.Core.Understanding;
using ChatBot.Nlu.Embeddings;
using Microsoft.ML.Data;

namespace ChatBot.Nlu.Intents;

/// <summary>
/// The input row of the ML.NET pipeline: the normalised text for the n-grams, and <see cref="IntentEmbedding"/>
/// of the text as typed (the normaliser transliterates Latin letters, which the encoder needs).
/// </summary>
internal sealed class TextRow
{
    public string Text { get; set; } = "";

    [VectorType(SentenceEmbedder.Dimensions)]
    public float[] Embedding { get; set; } = [];

    public string Label { get; set; } = "";

    public static TextRow Of(string text, float[] embedding, string label = "") =>
        new() { Text = TextNormalizer.Normalize(text), Embedding = embedding, Label = label };
}

/// <summary>
/// The pipeline's output: one probability per intent, in the order of the label's key values, and the features the
/// nearest centroid scores.
/// </summary>
internal sealed class ScoreRow
{
    public float[] Score { get; set; } = [];

    public VBuffer<float> Features { get; set; }
}

/// <summary>A featurised training row, read back for the nearest centroid.</summary>
internal sealed class FeatureRow
{
    public VBuffer<float> Features { get; set; }
}
