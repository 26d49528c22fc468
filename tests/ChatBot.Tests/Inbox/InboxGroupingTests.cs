using ChatBot.Core.Inbox;
using static ChatBot.Tests.Inbox.InboxItems;

namespace ChatBot.Tests.Inbox;

/// <summary>Fifty spellings of one question are one row; different questions that share words are not.</summary>
public sealed class InboxGroupingTests
{
    [Theory]
    [InlineData("как открыть ип?")]
    [InlineData("Как открыть ИП ???")]
    [InlineData("ИП как открыть")]
    [InlineData("как отрыть ип")]
    [InlineData("каак открыть ип")]
    [InlineData("как мне открыть ип")]
    [InlineData("kak otkryt ip")]
    public void ASpellingOfTheSameQuestionReachesTheThreshold(string spelling) =>
        Assert.True(QuestionSimilarity.Of("как открыть ИП", spelling) >= QuestionSimilarity.SameQuestion, $"{QuestionSimilarity.Of("как открыть ИП", spelling):0.00}");

    [Theory]
    [InlineData("как закрыть ИП")]
    [InlineData("как открыть ИП в 2026 году")]
    [InlineData("как платить налог ИП")]
    [InlineData("сколько стоит патент")]
    public void ADifferentQuestionSharingWordsStaysBelowIt(string other) =>
        Assert.True(QuestionSimilarity.Of("как открыть ИП", other) < QuestionSimilarity.SameQuestion, $"{QuestionSimilarity.Of("как открыть ИП", other):0.00}");

    [Fact]
    public void SpellingsOfOneQuestionAreOneRowWithTheirCountAndTheCommonestSpellingShown()
    {
        var rows = InboxGrouping.Group([
            Item("как открыть ИП"), Item("как закрыть ИП"), Item("как открыть ип?"), Item("как открыть ип?"), Item("каак открыть ип"),
        ]);

        Assert.Equal(2, rows.Count);
        Assert.Equal(4, rows[0].Count);
        Assert.Equal("как открыть ип?", rows[0].Text);
        Assert.Equal(["как открыть ип?", "как открыть ИП", "каак открыть ип"], rows[0].Spellings);
        Assert.Equal("как закрыть ИП", rows[1].Text);
    }

    [Fact]
    public void TheSameWordsInTheOtherLanguageAreARowOfTheirOwn()
    {
        var rows = InboxGrouping.Group([Item("патент", "ru"), Item("патент", "kk")]);

        Assert.Equal(["kk", "ru"], rows.Select(r => r.Language).Order());
    }

    [Fact]
    public void ThumbsDownWithoutAQuestionGroupByTheirTopic()
    {
        var rows = InboxGrouping.Group([
            Item("", signal: InboxSignal.ThumbsDown, topic: "vat"), Item("", signal: InboxSignal.ThumbsDown, topic: "patent"),
            Item("", signal: InboxSignal.ThumbsDown, topic: "vat"),
        ]);

        Assert.Equal([("vat", 2), ("patent", 1)], rows.Select(r => (r.Topics.Single(), r.Count)));
    }

    [Fact]
    public void ARowCountsItsItemsPerSignal()
    {
        var row = Assert.Single(InboxGrouping.Group([
            Item("можно ли вернуть НДС при экспорте"), Item("можно ли вернуть ндс при экспорте?", signal: InboxSignal.NoneOfThese),
            Item("вернуть ндс при экспорте", signal: InboxSignal.NoneOfThese),
        ]));

        Assert.Equal(new Dictionary<InboxSignal, int> { [InboxSignal.NotUnderstood] = 1, [InboxSignal.NoneOfThese] = 2 }, row.Signals);
    }
}
