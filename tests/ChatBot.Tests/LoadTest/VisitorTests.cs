using System.Diagnostics;
using ChatBot.Core.Flows.Answers;
using ChatBot.LoadTest.Measuring;
using ChatBot.LoadTest.Users;

namespace ChatBot.Tests.LoadTest;

/// <summary>The parts of the generator that decide what is sent and when, without a service.</summary>
public sealed class VisitorTests
{
    [Fact]
    public void EveryVisitorsIinPassesTheServicesOwnCheck()
    {
        var random = new Random(7);

        var numbers = Enumerable.Range(0, 500).Select(_ => KzIdNumbers.Iin(random)).ToList();

        Assert.All(numbers, iin => Assert.True(KzIdNumber.IsValid(iin), iin));
        Assert.True(KzIdNumber.IsValid(KzIdNumbers.Bin));
    }

    [Theory]
    [InlineData("4 / 7\n\nВаш ИИН — 12 цифр.", "ru", "iin")]
    [InlineData("4 / 7\n\nЖСН-іңіз — 12 цифр.", "kk", "iin")]
    [InlineData("3 / 7\n\nВаш номер телефона? Например, +7 701 123 45 67.", "ru", "phone")]
    [InlineData("2 / 7\n\nАтыңыз кім? Атыңыз бен тегіңізді жазыңыз.", "kk", "name")]
    [InlineData("4 / 15\n\nСколько лет вы ведёте бизнес? Напишите число (0, если меньше года).", "ru", "number")]
    public void AQuestionWithoutButtonsIsAnsweredWithWhatItAsksFor(string question, string language, string kind)
    {
        var answer = TypedAnswers.For(question, language, new Random(1), attempt: 0);

        Assert.True(kind switch
        {
            "iin" => KzIdNumber.IsValid(answer),
            "phone" => answer.StartsWith("+7 70", StringComparison.Ordinal),
            "number" => int.TryParse(answer, out _),
            _ => answer.Contains(' ', StringComparison.Ordinal) && !answer.Any(char.IsDigit),
        }, answer);
    }

    [Fact]
    public async Task AtAFixedRateEachTurnIsDueOnItsOwnScheduleHoweverLateItIsTaken()
    {
        var start = Stopwatch.GetTimestamp() - Stopwatch.Frequency;
        var pacer = new FixedRatePacer(rate: 100, start);

        // A second late: every due time is already past, so none waits, and each stays where the schedule put it.
        var due = new List<long>();
        for (var i = 0; i < 50; i++)
        {
            due.Add(await pacer.NextAsync(CancellationToken.None));
        }

        Assert.Equal(Enumerable.Range(0, 50).Select(i => start + (i * Stopwatch.Frequency / 100)), due);
    }

    [Fact]
    public void PercentilesAreTheNearestRank()
    {
        var sorted = Enumerable.Range(1, 100).Select(i => (double)i).ToList();

        Assert.Equal((50.0, 95.0, 99.0, 100.0), (Percentiles.Of(sorted, 50), Percentiles.Of(sorted, 95), Percentiles.Of(sorted, 99), Percentiles.Of(sorted, 100)));
        Assert.Null(Percentiles.Of([], 50));
    }
}
