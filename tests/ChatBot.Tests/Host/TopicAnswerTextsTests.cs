using ChatBot.Host.Cli;
using ChatBot.Knowledge.Loading;
using ChatBot.Tests.Knowledge;

namespace ChatBot.Tests.Host;

/// <summary>The texts <c>nlu eval</c> searches for a question's sub-case: what the bot shows for the topic, in the question's language.</summary>
public sealed class TopicAnswerTextsTests : IDisposable
{
    private readonly KnowledgeFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void TheShortAnswerAndTheFullAnswerAreSearchedInTheQuestionsLanguage()
    {
        _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic(
            "topic_one", extra: "    short: { ru: Коротко для ТОО., kk: ЖШС үшін қысқаша. }\n"));

        var answers = TopicAnswerTexts.From(Load());

        Assert.Equal(["ЖШС үшін қысқаша.", "Жауап."], answers("topic_one", "kk"));
        Assert.Equal(["Коротко для ТОО.", "Ответ."], answers("topic_one", "ru"));
    }

    [Fact]
    public void ATopicWithoutAShortAnswerIsSearchedInItsFullAnswer()
    {
        _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one"));

        Assert.Equal(["Ответ."], TopicAnswerTexts.From(Load())("topic_one", "ru"));
    }

    [Fact]
    public void AnUnknownTopicASystemIntentOrAnUnknownLanguageHasNothingToSearch()
    {
        _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one"));
        var answers = TopicAnswerTexts.From(Load());

        Assert.Empty(answers("no_such_topic", "ru"));
        Assert.Empty(answers("smalltalk.greeting", "ru"));
        Assert.Empty(answers("topic_one", "en"));
    }

    private ChatBot.Core.Knowledge.KnowledgeBase Load()
    {
        var result = KnowledgeLoader.Load(_fixture.Root);
        return result.Knowledge ?? throw new InvalidOperationException(string.Join('\n', result.Errors));
    }
}
