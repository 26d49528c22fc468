using ChatBot.Core.Engine.Trainings;

namespace ChatBot.Tests.Engine.Trainings;

public sealed class TypedScoreTests
{
    [Theory]
    [InlineData("5", 5)]
    [InlineData(" 4 балла ", 4)]
    [InlineData("Оценка 3.", 3)]
    [InlineData("4/5", 4)]
    [InlineData("4 из 5", 4)]
    [InlineData("пятёрка!", 5)]
    [InlineData("бес", 5)]
    [InlineData("төрт ұпай", 4)]
    [InlineData("5-тен 4", 4)]
    [InlineData("бір", 1)]
    public void AScoreFromOneToFiveIsReadInRussianAndKazakh(string text, int expected)
    {
        Assert.True(TypedScore.TryRead(text, out var score));
        Assert.Equal(expected, score);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("10 баллов")]
    [InlineData("3 или 4")]
    [InlineData("у меня 2 вопроса")]
    [InlineData("")]
    [InlineData(null)]
    public void AnythingButOneScoreOnTheScaleIsNotAScore(string? text)
    {
        Assert.False(TypedScore.TryRead(text, out _));
    }
}
