using ChatBot.Telegram.Rendering;

namespace ChatBot.Tests.Telegram.Rendering;

public sealed class MessageSplitterTests
{
    [Fact]
    public void AShortTextIsOnePart() =>
        Assert.Equal(["Как открыть ИП?"], MessageSplitter.Split("Как открыть ИП?"));

    [Fact]
    public void ALongTextIsSplitBetweenParagraphsPackingAsManyAsFit()
    {
        var paragraphs = Enumerable.Range(0, 3).Select(i => new string((char)('а' + i), 2000)).ToList();

        var parts = MessageSplitter.Split(string.Join("\n\n", paragraphs));

        Assert.Equal([paragraphs[0] + "\n\n" + paragraphs[1], paragraphs[2]], parts);
    }

    [Fact]
    public void AParagraphTooLongForOneMessageIsSplitBetweenLinesThenWords()
    {
        var lines = string.Join("\n", Enumerable.Repeat(new string('л', 3000), 2));
        var words = string.Join(" ", Enumerable.Repeat("слово", 1000));

        Assert.Equal([new string('л', 3000), new string('л', 3000)], MessageSplitter.Split(lines));
        var parts = MessageSplitter.Split(words);
        Assert.Equal(2, parts.Count);
        Assert.All(parts, part => Assert.DoesNotContain(part.Split(' '), w => w != "слово"));
    }

    [Fact]
    public void EscapingCountsTowardsTheLimit()
    {
        var text = string.Join(" ", Enumerable.Repeat("&<>", 1500));

        var parts = MessageSplitter.Split(text);

        Assert.True(parts.Count >= 6, $"{parts.Count} parts");
        Assert.All(parts, part => Assert.InRange(TelegramHtml.Escape(part).Length, 1, MessageSplitter.MaxLength));
    }

    [Fact]
    public void AWordLongerThanAMessageIsCutButNeverInsideAnEmoji()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 3000));

        var parts = MessageSplitter.Split(text);

        Assert.Equal(text, string.Concat(parts));
        Assert.All(parts, part =>
        {
            Assert.InRange(part.Length, 1, MessageSplitter.MaxLength);
            Assert.False(char.IsHighSurrogate(part[^1]));
        });
    }

    [Fact]
    public void NoWordIsLostOrRepeatedWhateverTheShapeOfTheText()
    {
        var random = new Random(2026);
        for (var sample = 0; sample < 50; sample++)
        {
            var words = Enumerable.Range(0, random.Next(1, 3000))
                .Select(i => $"w{i}" + (random.Next(10) switch { 0 => "\n\n", 1 => "\n", _ => " " }))
                .ToList();
            var text = string.Concat(words);

            var parts = MessageSplitter.Split(text);

            Assert.All(parts, part => Assert.InRange(TelegramHtml.Escape(part).Length, 1, MessageSplitter.MaxLength));
            Assert.Equal(
                text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries),
                parts.SelectMany(p => p.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        }
    }
}
