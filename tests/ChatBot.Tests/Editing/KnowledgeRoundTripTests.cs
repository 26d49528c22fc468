using ChatBot.Core.Editing;
using ChatBot.Knowledge.Loading;
using ChatBot.Knowledge.Writing;
using ChatBot.Nlu.Intents;
using ChatBot.Testing;

namespace ChatBot.Tests.Editing;

/// <summary>The live knowledge written as files reads back as the same knowledge: what the model learns and what the bot says.</summary>
public sealed class KnowledgeRoundTripTests
{
    [Fact]
    public void EveryIntentFileRewrittenLoadsBackToTheSameModelInputsAndAnswers()
    {
        var format = new KnowledgeYamlFormat();
        var files = KnowledgeFolder.Read(RepositoryPaths.Knowledge);
        var reading = format.Read(files);
        var rewritten = files
            .Select(f => reading.FileOf.Values.Contains(f.Path)
                ? new KnowledgeFile { Path = f.Path, Text = IntentYamlWriter.File(reading.Knowledge!.Intents.Where(i => reading.FileOf[i.Id] == f.Path)) }
                : f)
            .ToList();
        using var folder = new TemporaryFolder();
        var exported = Path.Combine(folder.Path, "knowledge");

        KnowledgeFolder.Write(rewritten, exported);
        var loaded = KnowledgeLoader.Load(exported);

        Assert.Empty(loaded.Errors);
        Assert.Equal(KnowledgeExamples.From(SharedModel.Knowledge), KnowledgeExamples.From(loaded.Knowledge!));
        Assert.All(SharedModel.Knowledge.Intents, intent => Assert.Equal(format.TopicText(intent), format.TopicText(loaded.Knowledge!.Find(intent.Id)!)));
        Assert.NotEqual(files.Single(f => f.Path == "faq/registration.yaml").Text, rewritten.Single(f => f.Path == "faq/registration.yaml").Text);
    }

    [Fact]
    public void AStoredTopicReadsBackAsItWas()
    {
        var format = new KnowledgeYamlFormat();

        Assert.All(SharedModel.Knowledge.Intents, intent => Assert.Equal(format.TopicText(intent), format.TopicText(format.ParseTopic(format.TopicText(intent)))));
    }
}
