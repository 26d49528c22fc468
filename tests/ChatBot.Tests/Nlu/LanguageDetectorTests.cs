using ChatBot.Core.Understanding;
using ChatBot.Testing;

namespace ChatBot.Tests.Nlu;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("как открыть ИП в Алматы", LanguageGuess.Ru)]
    [InlineData("сколько платить налогов за работника", LanguageGuess.Ru)]
    [InlineData("ЖК қалай ашамын", LanguageGuess.Kk)]
    [InlineData("жк калай ашамын", LanguageGuess.Kk)]
    [InlineData("салык кабинетине калай кiремiн", LanguageGuess.Kk)]
    [InlineData("kak zakryt ip", LanguageGuess.Ru)]
    [InlineData("how do I register a company", LanguageGuess.En)]
    public void TheLanguageOfAMessageIsRecognised(string text, LanguageGuess expected)
    {
        var detected = SharedModel.LanguageDetector.Detect(text);

        Assert.Equal(expected, detected.Guess);
        Assert.True(detected.Confident, $"'{text}' should be confident");
    }

    [Theory]
    [InlineData("ок")]
    [InlineData("123")]
    public void AShortOrLetterlessMessageDoesNotSwitchTheLanguage(string text) =>
        Assert.False(SharedModel.LanguageDetector.Detect(text).Confident);
}
