using ChatBot.Core.Flows.Answers;

namespace ChatBot.Tests.Flows;

public sealed class NumberWordsTests
{
    [Theory]
    [InlineData("3", 3)]
    [InlineData("2,5", 2.5)]
    [InlineData("2 года", 2)]
    [InlineData("5 лет", 5)]
    [InlineData("ноль", 0)]
    [InlineData("один год", 1)]
    [InlineData("одна", 1)]
    [InlineData("два года", 2)]
    [InlineData("Две", 2)]
    [InlineData("четыре года", 4)]
    [InlineData("одиннадцать лет", 11)]
    [InlineData("двадцать пять лет", 25)]
    [InlineData("двадцать один год", 21)]
    [InlineData("сорок", 40)]
    [InlineData("девяносто девять", 99)]
    [InlineData("сто", 100)]
    [InlineData("полтора года", 1.5)]
    [InlineData("полгода", 0.5)]
    [InlineData("два с половиной года", 2.5)]
    [InlineData("нөл", 0)]
    [InlineData("бір жыл", 1)]
    [InlineData("екі жыл", 2)]
    [InlineData("үш", 3)]
    [InlineData("тоғыз жыл", 9)]
    [InlineData("он екі жыл", 12)]
    [InlineData("жиырма бес жыл", 25)]
    [InlineData("отыз", 30)]
    [InlineData("қырық бір", 41)]
    [InlineData("бір жарым жыл", 1.5)]
    [InlineData("жүз", 100)]
    public void A_number_typed_in_digits_or_words_is_read(string typed, double expected)
    {
        Assert.True(NumberWords.TryParse(typed, out var value), typed);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("года")]
    [InlineData("пять двадцать")]
    [InlineData("двадцать двадцать")]
    [InlineData("как открыть ИП")]
    [InlineData("много лет")]
    [InlineData("бес он")]
    public void Anything_else_is_not_a_number(string typed) =>
        Assert.False(NumberWords.TryParse(typed, out _), typed);
}
