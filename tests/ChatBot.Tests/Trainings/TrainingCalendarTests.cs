using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Trainings;

namespace ChatBot.Tests.Trainings;

/// <summary>The .ics file of an enrollment, read back by an independent iCalendar parser (Ical.Net).</summary>
public sealed class TrainingCalendarTests
{
    private static readonly DateTimeOffset Starts = new(2026, 12, 5, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheCalendarFileParsesWithTheStartAndEndInUtc()
    {
        var training = Trainings.Sample("tax-webinar", 10, Starts);

        var calendar = Ical.Net.Calendar.Load(Write(training, Language.Ru))!;

        var evt = Assert.Single(calendar.Events);
        Assert.True(evt.DtStart!.IsUtc);
        Assert.Equal(Starts.UtcDateTime, evt.DtStart.AsUtc);
        Assert.Equal(Starts.AddMinutes(90).UtcDateTime, evt.DtEnd!.AsUtc);
        Assert.Equal("Налоги для ИП", evt.Summary);
        Assert.Equal("онлайн, ссылка: https://meet.example.org/tax-webinar", evt.Location);
        Assert.Contains("05.12.2026 10:00–11:30 (Asia/Almaty)", evt.Description);
        Assert.Equal(new Uri("https://meet.example.org/tax-webinar"), evt.Url);
    }

    [Fact]
    public void TextWithCommasSemicolonsAndLongKazakhLinesSurvivesEscapingAndFolding()
    {
        var training = Trainings.Sample("tax-webinar", 10, Starts);
        training.Title = new LocalizedText("Налоги; отчётность, сроки", "Салықтар; есептілік, мерзімдер және көптеген басқа да маңызды тақырыптар туралы ұзақ атау");
        training.OnlineLink = null;
        training.Place = new LocalizedText("Алматы, ул. Толе би, 101; зал 2", "Алматы, Төле би к-сі, 101; 2-зал");

        var text = Write(training, Language.Kk);
        var evt = Assert.Single(Ical.Net.Calendar.Load(text)!.Events);

        Assert.Equal(training.Title.Kk, evt.Summary);
        Assert.Equal("Алматы, Төле би к-сі, 101; 2-зал", evt.Location);
        Assert.Null(evt.Url);
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
    }

    [Fact]
    public void TheFileOfAMovedTrainingUpdatesTheSameEventWithAHigherSequence()
    {
        var training = Trainings.Sample("tax-webinar", 10, Starts);
        var confirmation = Assert.Single(Ical.Net.Calendar.Load(Write(training, Language.Ru))!.Events);

        training.StartsAt = Starts.AddDays(2);
        var moved = Assert.Single(Ical.Net.Calendar.Load(Write(training, Language.Ru, made: Starts.AddDays(-1)))!.Events);

        Assert.Equal(confirmation.Uid, moved.Uid);
        Assert.True(moved.Sequence > confirmation.Sequence, $"{moved.Sequence} after {confirmation.Sequence}");
        Assert.Equal(Starts.AddDays(2).UtcDateTime, moved.DtStart!.AsUtc);
    }

    private static string Write(Training training, Language language, DateTimeOffset? made = null)
    {
        var enrollment = new Enrollment { Id = "e1", TrainingId = training.Id, Language = language };
        var where = new TrainingNotices(TrainingStore.Knowledge.Texts).Where(training, language);
        return TrainingCalendar.Write(training, enrollment, where, made ?? Starts.AddDays(-3));
    }
}
