using ChatBot.Nlu.Embeddings;

namespace ChatBot.Tests.Nlu;

/// <summary>The real all-MiniLM-L6-v2 model from the package, no stand-in.</summary>
public sealed class SentenceEmbedderTests
{
    private static SentenceEmbedder Embedder => SentenceEmbedder.Shared;

    [Fact]
    public void AnEmbeddingHas384NumbersAndUnitLength()
    {
        var vector = Embedder.Embed("how do I open a bank account");

        Assert.Equal(SentenceEmbedder.Dimensions, vector.Length);
        Assert.Equal(1.0, Math.Sqrt(vector.Sum(x => (double)x * x)), 3);
    }

    [Fact]
    public void RewordingsOfOneRequestLieNearerEachOtherThanALookAlikeThatAsksSomethingElse()
    {
        var request = Embedder.Embed("how do I open a bank account");
        var rewording = Embedder.Embed("i want to set up a new account with my bank");
        var lookAlike = Embedder.Embed("how do I open a jar of pickles");

        Assert.True(Cosine(request, rewording) > Cosine(request, lookAlike) + 0.1,
            $"rewording {Cosine(request, rewording):0.00}, look-alike {Cosine(request, lookAlike):0.00}");
    }

    [Fact]
    public void EmbeddingManyTextsAtOnceGivesEachTheVectorItGetsAloneInOrder()
    {
        var texts = Enumerable.Range(0, 70).Select(i => i % 2 == 0 ? $"what is the weather like on day {i}" : $"как открыть ИП номер {i}").ToList();

        var together = Embedder.Embed(texts);

        Assert.Equal(texts.Count, together.Length);
        foreach (var i in new[] { 0, 1, 33, 69 })
        {
            AssertClose(Embedder.Embed(texts[i]), together[i]);
        }
    }

    [Fact]
    public void ManyThreadsEmbeddingAtOnceGetTheSameVectorsAsOneAtATime()
    {
        var texts = new[] { "ЖК қалай ашамын", "how much is the fee", "налог на упрощенке", "where is my order" };
        var alone = texts.Select(Embedder.Embed).ToArray();

        var concurrent = new float[64][];
        Parallel.For(0, concurrent.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => concurrent[i] = Embedder.Embed(texts[i % texts.Length]));

        for (var i = 0; i < concurrent.Length; i++)
        {
            AssertClose(alone[i % texts.Length], concurrent[i]);
        }
    }

    [Fact]
    public void AnEmptyMessageStillGetsAVector()
    {
        Assert.Equal(SentenceEmbedder.Dimensions, Embedder.Embed("").Length);
    }

    private static double Cosine(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    private static void AssertClose(float[] expected, float[] actual)
    {
        var largest = expected.Zip(actual, (x, y) => Math.Abs(x - y)).Max();
        Assert.True(largest < 1e-4, $"vectors differ by up to {largest}");
    }
}
