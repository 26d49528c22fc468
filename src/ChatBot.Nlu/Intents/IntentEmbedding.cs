using ChatBot.Nlu.Embeddings;

namespace ChatBot.Nlu.Intents;

/// <summary>The embedding column of the pipeline: the MiniLM vector of the text as typed, weighted.</summary>
internal static class IntentEmbedding
{
    /// <summary>What a model without the embedding gets in the column (ML.NET wants the vector's length).</summary>
    public static readonly float[] Unused = new float[SentenceEmbedder.Dimensions];

    public static float[] Of(string text) => Weighted(SentenceEmbedder.Shared.Embed(text));

    /// <summary>Many at once, batched over the cores; the result keeps the order of <paramref name="texts"/>.</summary>
    public static float[][] Of(IReadOnlyList<string> texts) => SentenceEmbedder.Shared.Embed(texts).Select(Weighted).ToArray();

    private static float[] Weighted(float[] embedding)
    {
        var weighted = new float[embedding.Length];
        for (var i = 0; i < embedding.Length; i++)
        {
            weighted[i] = embedding[i] * IntentPipeline.EmbeddingWeight;
        }

        return weighted;
    }
}
