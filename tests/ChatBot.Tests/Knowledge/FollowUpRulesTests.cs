using ChatBot.Knowledge.Loading;

namespace ChatBot.Tests.Knowledge;

/// <summary>How knowledge/system/follow-ups.yaml tells a follow-up: by its opening, its ending, and the sibling it names.</summary>
public sealed class FollowUpRulesTests : IDisposable
{
    private const string Rules = """
        max_words: 5
        openings: { ru: [а], kk: [ал] }
        endings: { ru: [тоже], kk: [ше, бола ма] }
        switches:
          - { from: topic_one, to: topic_two, words: [тоо, қарыз*, заңды тұлға*] }
        """;

    private readonly KnowledgeFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [InlineData("жшс ше?")]
    [InlineData("ЖШС-ға ше")]
    [InlineData("al jshs she?")]
    [InlineData("үйге тіркеуге бола ма?")]
    [InlineData("для тоо тоже?")]
    public void AShortMessageEndingLikeAKazakhFollowUpIsOne(string text) =>
        Assert.True(Load().FollowUps.LooksLikeFollowUp(text));

    [Theory]
    [InlineData("бүгін емес кеше")]
    [InlineData("жшс ашу үшін қандай құжаттар керек болады ше")]
    public void AnEndingInsideAWordOrAfterTooManyWordsIsNot(string text) =>
        Assert.False(Load().FollowUps.LooksLikeFollowUp(text));

    [Theory]
    [InlineData("салық қарызы болса ше?")]
    [InlineData("қарыздары бар болса")]
    [InlineData("заңды тұлғаға ше")]
    [InlineData("а для ТОО?")]
    public void ASwitchWordWithAStarMatchesTheWordsItBegins(string text) =>
        Assert.Equal("topic_two", Load().FollowUps.SwitchFrom("topic_one", text));

    [Theory]
    [InlineData("а для тоосы?")]
    [InlineData("қар жауса ше")]
    public void AWholeSwitchWordDoesNotMatchALongerWordNorAStemAShorterOne(string text) =>
        Assert.Null(Load().FollowUps.SwitchFrom("topic_one", text));

    private ChatBot.Core.Knowledge.KnowledgeBase Load()
    {
        _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one") + KnowledgeFixture.Topic("topic_two", questionSeed: "екі"))
            .WithText("system/follow-ups.yaml", Rules);
        var result = KnowledgeLoader.Load(_fixture.Root);
        Assert.Empty(result.Errors);
        return result.Knowledge!;
    }
}
