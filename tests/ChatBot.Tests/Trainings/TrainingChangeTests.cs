using ChatBot.Core.Conversations;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Time;
using ChatBot.Core.Trainings;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Trainings;

/// <summary>
/// A training that moves (time, place, link) tells its people and re-arms their reminders; other edits tell nobody.
/// Real LiteDB file, fake clock, the scheduler's own queueing.
/// </summary>
public sealed class TrainingChangeTests : IDisposable
{
    private readonly TrainingStore _store = new();
    private readonly FakeTimeProvider _time = new(TrainingStore.Now);
    private readonly TrainingSchedule _schedule;
    private readonly Training _training;

    public TrainingChangeTests()
    {
        _schedule = new TrainingSchedule(_store.Store, _store.Notices);
        _training = _store.Add(startsAt: TrainingStore.Now.AddDays(5));
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void MovingTheStartTellsEachSeatHolderOnceInTheirLanguageWithTheNewAlmatyTimeAndACalendarFile()
    {
        _store.Enroll(_training.Id, "ru-person");
        var kk = _store.Enroll(_training.Id, "kk-person", language: Language.Kk).Enrollment!;
        var newStart = _training.StartsAt.AddDays(2).AddHours(1);

        Edit(t => t.StartsAt = newStart);

        var told = _store.Pending().ToDictionary(p => p.ChatId);
        Assert.Equal(["kk-person", "ru-person"], told.Keys.Order());
        Assert.StartsWith("Изменения в обучении «Налоги для ИП». Когда: 09.03.2026 10:00–11:30 (время Алматы). Где: онлайн, ссылка: https://meet.example.org/tax-webinar.", told["ru-person"].Message.Text);
        Assert.StartsWith("«ЖК үшін салықтар» оқуында өзгерістер бар. Қашан: 09.03.2026 10:00–11:30 (Алматы уақыты). Қайда: онлайн, сілтеме: https://meet.example.org/tax-webinar.", told["kk-person"].Message.Text);
        Assert.Equal(new Button("Жазылуды болдырмау", TrainingPayloads.Cancel(kk.Id)), Assert.Single(told["kk-person"].Message.Buttons));
        foreach (var item in told.Values)
        {
            var file = item.Message.Attachment!;
            Assert.Equal(("tax-webinar.ics", "text/calendar"), (file.FileName, file.MediaType));
            var evt = Assert.Single(Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(file.Content))!.Events);
            Assert.Equal(newStart.UtcDateTime, evt.DtStart!.AsUtc);
        }

        Assert.Equal(["telegram:kk-person", "telegram:ru-person"], _store.Notified.All.Order());
    }

    [Fact]
    public void PeopleOnTheWaitingListHearOfTheNewTimeWithoutTheLinkOrACalendarFile()
    {
        var small = _store.Add("small", capacity: 1);
        _store.Enroll(small.Id, "holder");
        _store.Enroll(small.Id, "waiting", wait: true);

        Edit(t => t.StartsAt = t.StartsAt.AddDays(1), small.Id);

        var notice = Assert.Single(_store.Pending(), p => p.ChatId == "waiting").Message;
        Assert.StartsWith("Обучение «Налоги для ИП», в листе ожидания которого вы стоите, перенесено. Когда: 08.03.2026 09:00–10:30 (время Алматы). Где: онлайн, ссылку пришлём, когда освободится место.", notice.Text);
        Assert.DoesNotContain("meet.example.org", notice.Text);
        Assert.Null(notice.Attachment);
        Assert.Single(_store.Pending(), p => p.ChatId == "holder");
    }

    [Fact]
    public void ANewLinkIsSentToSeatHoldersOnlyAndANewPlaceWithoutALinkTellsThemWhere()
    {
        var small = _store.Add("small", capacity: 1);
        _store.Enroll(small.Id, "holder");
        _store.Enroll(small.Id, "waiting", wait: true);

        Edit(t => t.OnlineLink = "https://meet.example.org/new-room", small.Id);
        Edit(
            t =>
            {
                t.OnlineLink = null;
                t.Place = new LocalizedText("Алматы, ул. Толе би, 101", "Алматы, Төле би к-сі, 101");
            },
            small.Id);

        var texts = _store.Pending().Select(p => (p.ChatId, p.Message.Text)).ToList();
        Assert.All(texts, t => Assert.Equal("holder", t.ChatId));
        Assert.Equal(2, texts.Count);
        Assert.Contains("https://meet.example.org/new-room", texts[0].Text);
        Assert.Contains("Где: Алматы, ул. Толе би, 101.", texts[1].Text);
    }

    [Fact]
    public void AReminderAlreadySentForTheOldTimeIsSentAgainForTheNewTime()
    {
        _store.Enroll(_training.Id, "u1");
        Assert.Equal(["telegram:u1"], At(_training.StartsAt.AddHours(-20)));
        var newStart = _training.StartsAt.AddDays(3);

        Edit(t => t.StartsAt = newStart);

        Assert.Empty(At(_training.StartsAt.AddMinutes(-30)));
        Assert.Empty(At(newStart.AddHours(-25)));
        Assert.Equal(["telegram:u1"], At(newStart.AddHours(-24)));
        Assert.Equal(["telegram:u1"], At(newStart.AddMinutes(-59)));
        var texts = _store.Pending().Select(p => p.Message.Text).ToList();
        Assert.Equal(4, texts.Count);
        Assert.StartsWith("Напоминаем об обучении «Налоги для ИП». Когда: 07.03.2026", texts[0]);
        Assert.StartsWith("Изменения в обучении", texts[1]);
        Assert.StartsWith("Напоминаем об обучении «Налоги для ИП». Когда: 10.03.2026 09:00–10:30", texts[2]);
        Assert.StartsWith("Через час начинается «Налоги для ИП»", texts[3]);
    }

    [Fact]
    public void AMoveIntoTheLastDayCountsItsNoticeAsTheDayReminderAndTheHourReminderStillComes()
    {
        _store.Enroll(_training.Id, "u1");
        _time.AdjustTime(TrainingStore.Now.AddDays(2));
        var newStart = _time.GetUtcNow().AddHours(5);

        Edit(t =>
        {
            t.StartsAt = newStart;
            t.RegistrationDeadline = newStart;
        });

        Assert.Empty(At(_time.GetUtcNow().AddMinutes(1)));
        Assert.Equal(["telegram:u1"], At(newStart.AddMinutes(-59)));
        Assert.StartsWith("Через час", _store.Pending()[^1].Message.Text);
        Assert.Equal(2, _store.Pending().Count);
    }

    [Fact]
    public void ADescriptionTitleOrCapacityEditTellsNobody()
    {
        _store.Enroll(_training.Id, "u1");
        _store.Enroll(_training.Id, "u2", language: Language.Kk);

        Edit(t =>
        {
            t.Description = new LocalizedText("Новое описание.", "Жаңа сипаттама.");
            t.Title = new LocalizedText("Налоги для ИП: 910", "ЖК үшін салықтар: 910");
            t.Capacity = 20;
        });

        Assert.Empty(_store.Pending());
        Assert.Empty(_store.Notified.All);
        Assert.Equal(20, _store.Catalog.Find(_training.Id)!.Capacity);
    }

    [Fact]
    public void SavingTheSameTrainingAgainTellsNobodyASecondTime()
    {
        _store.Enroll(_training.Id, "u1");
        Edit(t => t.StartsAt = t.StartsAt.AddHours(2));

        Edit(_ => { });

        Assert.Single(_store.Pending());
    }

    [Fact]
    public void CancelledAndHeldTrainingsAreNotTold()
    {
        var cancelled = _store.Add("cancelled");
        _store.Enroll(cancelled.Id, "c1");
        _store.Catalog.Cancel(cancelled.Id, TrainingStore.Now);
        var held = _store.Add("held");
        _store.Enroll(held.Id, "h1");
        _store.Add("held", change: t => t.Status = TrainingStatus.Held);
        var before = _store.Pending().Count;

        Edit(t => t.StartsAt = t.StartsAt.AddDays(1), cancelled.Id);
        Edit(t => t.StartsAt = t.StartsAt.AddDays(1), held.Id);

        Assert.Equal(before, _store.Pending().Count);
    }

    [Fact]
    public void WhenAMoveAlsoFreesSeatsThePromotedPersonGetsOnlyThePromotionWithTheNewTime()
    {
        var small = _store.Add("small", capacity: 1);
        _store.Enroll(small.Id, "holder");
        _store.Enroll(small.Id, "waiting", wait: true);

        Edit(
            t =>
            {
                t.StartsAt = t.StartsAt.AddDays(1);
                t.Capacity = 2;
            },
            small.Id);

        var promotion = Assert.Single(_store.Pending(), p => p.ChatId == "waiting").Message;
        Assert.StartsWith("Хорошая новость: освободилось место, и вы записаны на «Налоги для ИП». Когда: 08.03.2026 09:00–10:30", promotion.Text);
        Assert.Single(_store.Pending(), p => p.ChatId == "holder");
    }

    [Fact]
    public void TheMoveAndItsNoticesAreOneTransactionSoAFailedNoticeLeavesTheTrainingAsItWas()
    {
        var small = _store.Add("small", capacity: 1);
        _store.Enroll(small.Id, "holder");
        _store.Enroll(small.Id, "waiting", wait: true);
        At(small.StartsAt.AddHours(-20));
        var withoutWaitingText = TrainingStore.Knowledge.Texts.All
            .Where(t => t.Key != TrainingTextKeys.ChangedWaiting)
            .ToDictionary(t => t.Key, t => t.Value);
        var failing = new TrainingCatalog(_store.Store, new TrainingNotices(new TextCatalog(withoutWaitingText)), _store.Notified);
        var moved = _store.Catalog.Find(small.Id)!;
        moved.StartsAt = moved.StartsAt.AddDays(1);
        var pendingBefore = _store.Pending().Count;

        Assert.Throws<KeyNotFoundException>(() => failing.Import([moved], _time.GetUtcNow()));

        Assert.Equal(small.StartsAt, _store.Catalog.Find(small.Id)!.StartsAt);
        Assert.Equal(pendingBefore, _store.Pending().Count);
        Assert.NotNull(Assert.Single(_store.Enrollments.OfTraining(small.Id), e => e.HoldsSeat).DayReminderSentAt);
        Assert.Empty(_store.Notified.All);
    }

    /// <summary>Changes a copy of the stored training and imports it, as the admin API and the CLI do.</summary>
    private void Edit(Action<Training> change, string? id = null)
    {
        var training = _store.Catalog.Find(id ?? _training.Id)!;
        change(training);
        _store.Catalog.Import([training], _time.GetUtcNow());
    }

    private IReadOnlyList<string> At(DateTimeOffset moment)
    {
        _time.AdjustTime(moment);
        return _schedule.QueueDue(_time.GetUtcNow(), feedback: true);
    }
}
