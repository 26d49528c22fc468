using ChatBot.Host.Cli;
using ChatBot.Host.Composition;
using ChatBot.Testing;
using ChatBot.Tests.Knowledge;

namespace ChatBot.Tests.Host;

/// <summary>A broken knowledge base stops the service and fails <c>chatbot check</c>, naming file and line.</summary>
public sealed class StartupValidationTests : IDisposable
{
    private readonly KnowledgeFixture _knowledge = new();
    private readonly TemporaryFolder _data = new();

    public StartupValidationTests() =>
        _knowledge.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one", related: "[nowhere]"));

    public void Dispose()
    {
        _knowledge.Dispose();
        _data.Dispose();
    }

    [Fact]
    public void TheServiceRefusesToStartOnABrokenKnowledgeBase()
    {
        var error = Assert.Throws<KnowledgeInvalidException>(() => ChatBotApp.Build(
            [$"--ChatBot:KnowledgeDir={_knowledge.Root}", $"--ChatBot:DataDir={_data.Path}", "--urls=http://127.0.0.1:0"]));

        Assert.Contains("knowledge/faq/a.yaml:28: related id 'nowhere' of 'topic_one' is not an intent", error.Message);
    }

    [Fact]
    public void CheckExitsWithOneOnABrokenKnowledgeBaseAndZeroOnTheRepositorysOwn()
    {
        Assert.Equal(1, CheckCommand.Run(["--knowledge", _knowledge.Root]));
        Assert.Equal(0, CheckCommand.Run(["--knowledge", RepositoryPaths.Knowledge]));
    }
}
