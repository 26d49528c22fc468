using ChatBot.Nlu.Intents;
using ChatBot.Testing;

namespace ChatBot.Tests.Nlu;

/// <summary>The pipeline adds the MiniLM embedding for English training data and leaves it out for the knowledge base.</summary>
public sealed class EnglishSentenceEmbeddingTests
{
    private static readonly TrainingExample[] English =
    [
        .. Intent("balance", "how much money do I have in my account", "what is my account balance", "show me my balance",
            "check my savings balance", "how much is left in my checking", "tell me the balance of my card"),
        .. Intent("weather", "what's the weather like today", "will it rain tomorrow", "is it sunny outside",
            "do I need an umbrella today", "what is the forecast for this week", "how cold is it going to be"),
        .. Intent("alarm", "set an alarm for 7 am", "wake me up at six tomorrow", "create an alarm for noon",
            "I need an alarm at 5:30", "please set my alarm", "turn on an alarm for the morning"),
        .. Intent("oos", "who won the football game", "recommend a good book", "how do I bake bread",
            "what is the capital of peru", "play some jazz", "translate hello into french"),
    ];

    private static readonly Lazy<IntentModel> EnglishModel = new(() => IntentModelTrainer.Train(English));

    [Fact]
    public void AnEnglishTrainingSetIsRecognisedAndTheKnowledgeBaseIsNot()
    {
        Assert.True(EnglishTrainingData.Is(English));
        Assert.False(EnglishTrainingData.Is(KnowledgeExamples.From(SharedModel.Knowledge)));
    }

    [Fact]
    public void AModelTrainedOnEnglishReadsTheEmbeddingAndTheKnowledgeBaseModelDoesNot()
    {
        Assert.True(EnglishModel.Value.UsesEmbedding);
        Assert.False(SharedModel.Model.UsesEmbedding);
    }

    // Each of these goes to another intent when the same pipeline is trained without the embedding.
    [Theory]
    [InlineData("should I bring a raincoat", "weather")]
    [InlineData("is a storm coming", "weather")]
    [InlineData("do I still have cash", "balance")]
    [InlineData("I don't want to oversleep tomorrow", "alarm")]
    [InlineData("make sure I'm awake by seven", "alarm")]
    public void EnglishRewordingsThatShareFewWordsWithTheTrainingLinesAreRecognised(string text, string expected)
    {
        Assert.Equal(expected, EnglishModel.Value.Classify(text)[0].Intent);
    }

    [Fact]
    public void AnEnglishModelLoadedFromTheCacheStillReadsTheEmbeddingAndScoresAlike()
    {
        var folder = Directory.CreateTempSubdirectory("chatbot-model-").FullName;
        try
        {
            var cache = new ModelCache(folder);
            var (trained, _) = cache.LoadOrTrain(English);
            var (loaded, fromCache) = cache.LoadOrTrain(English);

            Assert.True(fromCache);
            Assert.True(loaded.UsesEmbedding);
            var text = "am I going to get wet on my way home";
            Assert.Equal(trained.Classify(text)[0].Probability, loaded.Classify(text)[0].Probability, 4);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<TrainingExample> Intent(string label, params string[] texts) =>
        texts.Select(t => new TrainingExample(t, label, "en"));
}
