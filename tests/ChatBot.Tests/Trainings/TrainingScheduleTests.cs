using ChatBot.Core.Messages;
using ChatBot.Core.Trainings;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Trainings;

/// <summary>Reminders and feedback questions on a fake clock: each once, none for cancelled seats or trainings.</summary>
public sealed class TrainingScheduleTests : IDisposable
{
    private readonly TrainingStore _store = new();
    private readonly FakeTimeProvider _time = new(TrainingStore.Now);
    private readonly TrainingSchedule _schedule;
    private readonly Training _training;

    public TrainingScheduleTests()
    {
        _schedule = new TrainingSchedule(_store.Store, _store.Notices);
        _training = _store.Add(startsAt: TrainingStore.Now.AddDays(5));
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void TheDayReminderAndTheHourReminderAreEachSentOnce()
    {
        _store.Enroll(_training.Id, "u1");

        Assert.Empty(At(_training.StartsAt.AddHours(-25)));
        Assert.Equal(["telegram:u1"], At(_training.StartsAt.AddHours(-24)));
        Assert.Empty(At(_training.StartsAt.AddHours(-23)));
        Assert.Empty(At(_training.StartsAt.AddHours(-2)));
        Assert.Equal(["telegram:u1"], At(_training.StartsAt.AddMinutes(-59)));
        Assert.Empty(At(_training.StartsAt.AddMinutes(-1)));

        var texts = _store.Pending().Select(p => p.Message.Text).ToList();
        Assert.Equal(2, texts.Count);
        Assert.StartsWith("Напоминаем об обучении «Налоги для ИП». Когда: 07.03.2026 09:00–10:30 (время Алматы)", texts[0]);
        Assert.StartsWith("Через час начинается «Налоги для ИП»", texts[1]);
        Assert.Contains("https://meet.example.org/tax-webinar", texts[1]);
    }

    [Fact]
    public void RemindersAreInTheLanguageOfTheEnrollmentAndCarryACancelButton()
    {
        var enrollment = _store.Enroll(_training.Id, "u1", language: Language.Kk).Enrollment!;

        At(_training.StartsAt.AddHours(-20));

        var reminder = Assert.Single(_store.Pending()).Message;
        Assert.StartsWith("«ЖК үшін салықтар» оқуы туралы еске саламыз", reminder.Text);
        Assert.Equal(new Button("Жазылуды болдырмау", TrainingPayloads.Cancel(enrollment.Id)), Assert.Single(reminder.Buttons));
    }

    [Fact]
    public void NoReminderGoesToACancelledEnrollmentNorForACancelledTraining()
    {
        var cancelled = _store.Enroll(_training.Id, "gave-up").Enrollment!;
        _store.Enrollments.Cancel(cancelled.Id, TrainingStore.Now);
        var other = _store.Add("cancelled-training", startsAt: _training.StartsAt);
        _store.Enroll(other.Id, "u2");
        _store.Catalog.Cancel(other.Id, TrainingStore.Now);
        var noticesBefore = _store.Pending().Count;

        Assert.Empty(At(_training.StartsAt.AddHours(-20)));
        Assert.Empty(At(_training.StartsAt.AddMinutes(-30)));
        Assert.Equal(noticesBefore, _store.Pending().Count);
    }

    [Fact]
    public void SomeoneWhoEnrolsInsideAReminderWindowIsNotRemindedOfWhatTheyJustRead()
    {
        _store.Enroll(_training.Id, "late", at: _training.StartsAt.AddHours(-3));

        Assert.Empty(At(_training.StartsAt.AddHours(-2)));
        Assert.Equal(["telegram:late"], At(_training.StartsAt.AddMinutes(-45)));
        Assert.StartsWith("Через час", Assert.Single(_store.Pending()).Message.Text);
    }

    [Fact]
    public void APersonPromotedFromTheWaitingListIsRemindedLikeEveryoneElse()
    {
        var small = _store.Add("small", capacity: 1, startsAt: _training.StartsAt);
        var holder = _store.Enroll(small.Id, "holder").Enrollment!;
        _store.Enroll(small.Id, "waiting", wait: true);
        _store.Enrollments.Cancel(holder.Id, TrainingStore.Now.AddDays(1));
        var promotionNotices = _store.Pending().Count;

        Assert.Equal(["telegram:waiting"], At(small.StartsAt.AddHours(-12)));
        Assert.Equal(promotionNotices + 1, _store.Pending().Count);
    }

    [Fact]
    public void AfterTheTrainingItIsHeldAndTheFeedbackQuestionGoesOnceToThoseWhoCameOrAreNotYetMarked()
    {
        var came = _store.Enroll(_training.Id, "came").Enrollment!;
        _store.Enroll(_training.Id, "unmarked");
        var missed = _store.Enroll(_training.Id, "missed").Enrollment!;
        _store.Enrollments.MarkAttendance(came.Id, attended: true, _training.EndsAt);
        _store.Enrollments.MarkAttendance(missed.Id, attended: false, _training.EndsAt);
        var before = _store.Pending().Count;

        Assert.Empty(At(_training.EndsAt.AddMinutes(30)));
        Assert.Equal(TrainingStatus.Held, _store.Catalog.Find(_training.Id)!.Status);
        Assert.Equal(["telegram:came", "telegram:unmarked"], At(_training.EndsAt.AddHours(2)));
        Assert.Empty(At(_training.EndsAt.AddHours(3)));

        var question = _store.Pending().Skip(before).Select(p => p.Message).Last();
        Assert.StartsWith("Спасибо, что были на «Налоги для ИП»", question.Text);
        Assert.Equal(["1", "2", "3", "4", "5"], question.Buttons.Select(b => b.Title));
        Assert.True(TrainingPayloads.TryFeedback(question.Buttons[4].Payload, out _, out var score) && score == 5);
    }

    [Fact]
    public void NoFeedbackQuestionWhenTheyAreSwitchedOff()
    {
        _store.Enroll(_training.Id, "u1", at: _training.StartsAt.AddMinutes(-30));

        Assert.Empty(_schedule.QueueDue(_training.EndsAt.AddHours(2), feedback: false));
    }

    private IReadOnlyList<string> At(DateTimeOffset moment)
    {
        _time.AdjustTime(moment);
        return _schedule.QueueDue(_time.GetUtcNow(), feedback: true);
    }
}
