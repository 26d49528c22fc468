using ChatBot.Knowledge.Loading;

namespace ChatBot.Tests.Knowledge;

/// <summary>Each kind of broken knowledge file is reported with its file and line, and nothing loads.</summary>
public sealed class KnowledgeValidationTests : IDisposable
{
    private readonly KnowledgeFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void TheRepositorysKnowledgeBaseLoadsWithoutErrors()
    {
        var result = KnowledgeLoader.Load(Testing.RepositoryPaths.Knowledge);

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Knowledge);
    }

    [Fact]
    public void AValidFixtureLoads()
    {
        _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one"));

        var result = KnowledgeLoader.Load(_fixture.Root);

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Knowledge!.Find("topic_one"));
    }

    [Fact]
    public void ADuplicateIdIsReportedAtTheSecondDefinition()
    {
        _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one"))
            .WithFaq("b.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one", questionSeed: "b"));

        var error = Assert.Single(Errors());

        Assert.Equal("knowledge/faq/b.yaml:2: duplicate intent id 'topic_one' (first defined at knowledge/faq/a.yaml:2)", error);
    }

    [Fact]
    public void AMissingLanguageIsReportedAtItsMapping()
    {
        _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one", answerKk: null));

        var error = Assert.Single(Errors());

        Assert.Equal("knowledge/faq/a.yaml:26: 'kk' is missing", error);
    }

    [Fact]
    public void AnEmptyAnswerIsReportedAtItsLine()
    {
        _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one", answerKk: "\"\""));

        var error = Assert.Single(Errors());

        Assert.Equal("knowledge/faq/a.yaml:27: 'kk' must be a non-empty text", error);
    }

    [Fact]
    public void AQuestionUnderTwoIntentsIsReportedWithBothPlaces()
    {
        _fixture.WithFaq(
            "a.yaml",
            "intents:\n" + KnowledgeFixture.Topic("topic_one", extraRu: "Как открыть ИП?") + KnowledgeFixture.Topic("topic_two", extraRu: "как открыть ип"));

        var error = Assert.Single(Errors());

        Assert.Equal("knowledge/faq/a.yaml:36: question 'как открыть ип' of 'topic_two' is also a question of 'topic_one' at knowledge/faq/a.yaml:8", error);
    }

    [Fact]
    public void AnUnknownRelatedIdIsReportedAtItsLine()
    {
        _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one", related: "\n      - no_such_topic"));

        var error = Assert.Single(Errors());

        Assert.Equal("knowledge/faq/a.yaml:29: related id 'no_such_topic' of 'topic_one' is not an intent", error);
    }

    [Fact]
    public void TooFewQuestionVariantsAreReported()
    {
        var yaml = "intents:\n" + KnowledgeFixture.Topic("topic_one").Replace("        - сұрақ topic_one нөмір 6\n", "");
        _fixture.WithFaq("a.yaml", yaml);

        var error = Assert.Single(Errors());

        Assert.Equal("knowledge/faq/a.yaml:19: intent 'topic_one' has 5 'kk' questions; at least 6 are needed", error);
    }

    [Fact]
    public void AYamlSyntaxErrorIsReportedWithItsLine()
    {
        _fixture.WithFaq("a.yaml", "intents:\n  - id: topic_one\n    title: { ru: [unclosed\n");

        var error = Assert.Single(Errors());

        Assert.StartsWith("knowledge/faq/a.yaml:4: YAML syntax", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingTextForAMenuCategoryIsReported()
    {
        _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one", category: "unheard_of"));

        var error = Assert.Single(Errors());

        Assert.Equal("knowledge/system/texts.yaml:1: text 'category_unheard_of' is missing (it needs ru and kk)", error);
    }

    [Fact]
    public void AFollowUpSwitchToATopicThatDoesNotExistIsReported()
    {
        _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one"))
            .WithText("system/follow-ups.yaml", "max_words: 4\nopenings: { ru: [а], kk: [ал] }\nswitches:\n  - { from: topic_one, to: topic_gone, words: [тоо] }\n");

        var error = Assert.Single(Errors());

        Assert.Equal("knowledge/system/follow-ups.yaml:1: switch names 'topic_gone', which is not an FAQ topic", error);
    }

    [Fact]
    public void AFollowUpLengthThatIsNotAWholeNumberIsReportedAtItsLine()
    {
        _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one"))
            .WithText("system/follow-ups.yaml", "openings: { ru: [а], kk: [ал] }\nmax_words: four\n");

        var error = Assert.Single(Errors());

        Assert.Equal("knowledge/system/follow-ups.yaml:2: max_words must be a whole number of at least 1, not 'four'", error);
    }

    [Fact]
    public void WithoutAFollowUpsFileEveryMessageIsReadAlone()
    {
        _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one"));

        var knowledge = KnowledgeLoader.Load(_fixture.Root).Knowledge!;

        Assert.False(knowledge.FollowUps.LooksLikeFollowUp("а сроки?"));
        Assert.True(Testing.SharedModel.Knowledge.FollowUps.LooksLikeFollowUp("А сроки?"));
        Assert.False(Testing.SharedModel.Knowledge.FollowUps.LooksLikeFollowUp("а сколько стоит зарегистрировать тоо в алматы"));
    }

    [Fact]
    public void AllErrorsOfALoadAreReportedTogether()
    {
        _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one", answerKk: null) + KnowledgeFixture.Topic("topic_two", related: "[nowhere]"));

        Assert.Equal(2, Errors().Count);
    }

    [Fact]
    public void ABadThresholdIsReported()
    {
        _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one"))
            .WithText("policy.yaml", "thresholds:\n  accept: 1.5\n  margin: 0.1\n  suggest: 0.1\n");

        var error = Assert.Single(Errors());

        Assert.Equal("knowledge/policy.yaml:2: 'accept' must be a number from 0 to 1, not '1.5'", error);
    }

    private List<string> Errors()
    {
        var result = KnowledgeLoader.Load(_fixture.Root);
        Assert.Null(result.Knowledge);
        return result.Errors.Select(e => e.ToString()).ToList();
    }
}
