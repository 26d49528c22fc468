using ChatBot.Core.Understanding;

namespace ChatBot.Tests.Nlu;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Как открыть ИП?", "как открыть ип")]
    [InlineData("Ещё  раз!!", "еще раз")]
    [InlineData("ЖК қалай ашамын", "жк калай ашамын")]
    [InlineData("жк калай ашамын", "жк калай ашамын")]
    [InlineData("kak otkryt IP", "как открыт ип")]
    [InlineData("zhk qalai ashamyn", "жк калаи ашамын")]
    [InlineData("ставка 12% НДС", "ставка 12% ндс")]
    public void NormalisationBringsSpellingsOfOneQuestionTogether(string typed, string normalised) =>
        Assert.Equal(normalised, TextNormalizer.Normalize(typed));

    [Fact]
    public void TypingWithAndWithoutKazakhLettersGivesTheSameText() =>
        Assert.Equal(TextNormalizer.Normalize("Салық төлеушінің кабинеті"), TextNormalizer.Normalize("салык толеушинин кабинети"));
}
