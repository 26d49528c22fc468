using ChatBot.Core.Trainings;

namespace ChatBot.Tests.Trainings;

/// <summary>Languages and statuses are read the same way from a catalogue file and from the admin API.</summary>
public sealed class TrainingCodesTests
{
    [Fact]
    public void CodesAreReadTrimmedInAnyLetterCase()
    {
        Assert.True(TrainingCodes.TryLanguage(" RU_KK ", out var language));
        Assert.Equal(TrainingLanguage.RuKk, language);
        Assert.True(TrainingCodes.TryStatus("Held", out var status));
        Assert.Equal(TrainingStatus.Held, status);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("")]
    [InlineData(null)]
    public void AnUnknownLanguageIsRefused(string? code) => Assert.False(TrainingCodes.TryLanguage(code, out _));

    [Fact]
    public void AnUnknownStatusIsRefused() => Assert.False(TrainingCodes.TryStatus("postponed", out _));
}
