using ChatBot.Core.Messages;
using ChatBot.Core.Trainings;

namespace ChatBot.Tests.Trainings;

/// <summary>Seats, waiting lists and cancellations over a real LiteDB file.</summary>
public sealed class EnrollmentTests : IDisposable
{
    private readonly TrainingStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task FiftyPeopleTakingTheLastSeatAtOnceLeaveExactlyOneEnrolledAndTheRestAreOfferedTheWaitingList()
    {
        _store.Add("last-seat", capacity: 1);

        var outcomes = (await AllAtOnce(50, i => _store.Enroll("last-seat", "user" + i))).Select(r => r.Outcome).ToList();

        Assert.Single(outcomes, o => o == EnrollOutcome.Enrolled);
        Assert.Equal(49, outcomes.Count(o => o == EnrollOutcome.Full));
        Assert.Equal(0, _store.Catalog.SeatsLeft("last-seat"));
        Assert.Single(_store.Enrollments.OfTraining("last-seat"));
    }

    [Fact]
    public async Task FiftyPeopleAskingForTheWaitingListAtOnceGetOneSeatAndDistinctPlacesInTheQueue()
    {
        _store.Add("last-seat", capacity: 1);

        var results = await AllAtOnce(50, i => _store.Enroll("last-seat", "user" + i, wait: true));

        Assert.Single(results, r => r.Outcome == EnrollOutcome.Enrolled);
        var positions = results.Where(r => r.Outcome == EnrollOutcome.Waiting).Select(r => r.WaitingPosition!.Value).Order();
        Assert.Equal(Enumerable.Range(1, 49), positions);
    }

    [Fact]
    public void AFullTrainingAnswersFullUnlessThePersonAsksForTheWaitingList()
    {
        _store.Add(capacity: 1);
        _store.Enroll("tax-webinar", "first");

        Assert.Equal(EnrollOutcome.Full, _store.Enroll("tax-webinar", "second").Outcome);
        var waiting = _store.Enroll("tax-webinar", "second", wait: true);

        Assert.Equal(EnrollOutcome.Waiting, waiting.Outcome);
        Assert.Equal(1, waiting.WaitingPosition);
        Assert.Equal(EnrollmentStatus.Waiting, waiting.Enrollment!.Status);
    }

    [Fact]
    public void EnrollingTwiceAnswersWithTheEnrollmentAlreadyHeld()
    {
        _store.Add();
        var first = _store.Enroll("tax-webinar", "u1");

        var second = _store.Enroll("tax-webinar", "u1");

        Assert.Equal(EnrollOutcome.AlreadyEnrolled, second.Outcome);
        Assert.Equal(first.Enrollment!.Id, second.Enrollment!.Id);
        Assert.Equal(9, _store.Catalog.SeatsLeft("tax-webinar"));
    }

    [Fact]
    public void NoEnrollmentAfterTheDeadlineNorInAClosedOrCancelledTraining()
    {
        var training = _store.Add();
        _store.Add("closed", change: t => t.Status = TrainingStatus.Closed);
        _store.Add("cancelled", change: t => t.Status = TrainingStatus.Cancelled);

        Assert.Equal(EnrollOutcome.RegistrationClosed, _store.Enroll("tax-webinar", "late", at: training.RegistrationDeadline).Outcome);
        Assert.Equal(EnrollOutcome.RegistrationClosed, _store.Enroll("closed", "u1").Outcome);
        Assert.Equal(EnrollOutcome.RegistrationClosed, _store.Enroll("cancelled", "u1").Outcome);
        Assert.Equal(EnrollOutcome.NotFound, _store.Enroll("no-such-training", "u1").Outcome);
    }

    [Fact]
    public void ACancellationGivesTheSeatToTheFirstPersonWaitingAndTellsThemInTheirLanguage()
    {
        _store.Add(capacity: 1);
        var holder = _store.Enroll("tax-webinar", "holder").Enrollment!;
        _store.Enroll("tax-webinar", "first-waiting", wait: true, language: Language.Kk, at: TrainingStore.Now.AddMinutes(1));
        _store.Enroll("tax-webinar", "second-waiting", wait: true, at: TrainingStore.Now.AddMinutes(2));

        var result = _store.Enrollments.Cancel(holder.Id, TrainingStore.Now.AddHours(1));

        Assert.Equal(CancelOutcome.Cancelled, result.Outcome);
        Assert.Equal("telegram:first-waiting", result.Promoted!.ConversationId);
        Assert.Equal(EnrollmentStatus.Enrolled, _store.Enrollments.Find(result.Promoted.Id)!.Status);
        Assert.Equal(1, _store.Enrollments.WaitingPosition(_store.Enrollments.OfConversation("telegram:second-waiting").Single()));
        var notice = Assert.Single(_store.Pending());
        Assert.Equal("first-waiting", notice.ChatId);
        Assert.StartsWith("Жақсы жаңалық: орын босады", notice.Message.Text);
        Assert.Contains("https://meet.example.org/tax-webinar", notice.Message.Text);
        Assert.Equal(TrainingPayloads.Cancel(result.Promoted.Id), Assert.Single(notice.Message.Buttons).Payload);
        Assert.Equal(["telegram:first-waiting"], _store.Notified.All);
    }

    [Fact]
    public void GivingUpAWaitingPlacePromotesNobody()
    {
        _store.Add(capacity: 1);
        _store.Enroll("tax-webinar", "holder");
        var waiting = _store.Enroll("tax-webinar", "waiting", wait: true).Enrollment!;
        _store.Enroll("tax-webinar", "behind", wait: true);

        var result = _store.Enrollments.Cancel(waiting.Id, TrainingStore.Now);

        Assert.Equal(CancelOutcome.Cancelled, result.Outcome);
        Assert.Null(result.Promoted);
        Assert.Empty(_store.Pending());
        Assert.Equal(0, _store.Catalog.SeatsLeft("tax-webinar"));
    }

    [Fact]
    public void ACancellationTwiceOrAfterTheStartChangesNothing()
    {
        var training = _store.Add();
        var first = _store.Enroll("tax-webinar", "u1").Enrollment!;
        var second = _store.Enroll("tax-webinar", "u2").Enrollment!;
        _store.Enrollments.Cancel(first.Id, TrainingStore.Now);

        Assert.Equal(CancelOutcome.AlreadyCancelled, _store.Enrollments.Cancel(first.Id, TrainingStore.Now).Outcome);
        Assert.Equal(CancelOutcome.TooLate, _store.Enrollments.Cancel(second.Id, training.StartsAt).Outcome);
        Assert.Equal(CancelOutcome.NotFound, _store.Enrollments.Cancel("nope", TrainingStore.Now).Outcome);
        Assert.Equal(EnrollmentStatus.Enrolled, _store.Enrollments.Find(second.Id)!.Status);
    }

    [Fact]
    public void CancellingATrainingReleasesEveryoneAndTellsEachOfThem()
    {
        _store.Add(capacity: 1);
        _store.Enroll("tax-webinar", "holder");
        _store.Enroll("tax-webinar", "waiting", wait: true, language: Language.Kk);

        Assert.Equal(2, _store.Catalog.Cancel("tax-webinar", TrainingStore.Now));

        Assert.All(_store.Enrollments.OfTraining("tax-webinar"), e => Assert.Equal(EnrollmentStatus.Cancelled, e.Status));
        Assert.Equal(
            ["К сожалению, обучение «Налоги для ИП»", "Өкінішке орай, «ЖК үшін салықтар» оқуын"],
            _store.Pending().Select(p => p.Message.Text[..p.Message.Text.IndexOf(" (", StringComparison.Ordinal)]));
        Assert.Equal(0, _store.Catalog.Cancel("tax-webinar", TrainingStore.Now));
        Assert.Null(_store.Catalog.Cancel("nope", TrainingStore.Now));
    }

    [Fact]
    public void MoreSeatsFromAnAdminGoToTheWaitingListInItsOrder()
    {
        var training = _store.Add(capacity: 1);
        _store.Enroll(training.Id, "holder");
        _store.Enroll(training.Id, "first", wait: true);
        _store.Enroll(training.Id, "second", wait: true);
        _store.Enroll(training.Id, "third", wait: true);
        training.Capacity = 3;

        _store.Catalog.Import([training], TrainingStore.Now);

        Assert.Equal(["first", "second"], _store.Pending().Select(p => p.ChatId));
        Assert.Equal(EnrollmentStatus.Waiting, _store.Enrollments.OfConversation("telegram:third").Single().Status);
        Assert.Equal(1, _store.Enrollments.WaitingPosition(_store.Enrollments.OfConversation("telegram:third").Single()));
        Assert.Equal(["telegram:first", "telegram:second"], _store.Notified.All);
    }

    [Fact]
    public void ACatalogueImportThatCancelsATrainingTellsItsPeopleOnce()
    {
        var training = _store.Add();
        _store.Enroll(training.Id, "u1");
        training.Status = TrainingStatus.Cancelled;

        _store.Catalog.Import([training], TrainingStore.Now);
        _store.Catalog.Import([training], TrainingStore.Now);

        Assert.StartsWith("К сожалению", Assert.Single(_store.Pending()).Message.Text);
        Assert.Equal(EnrollmentStatus.Cancelled, _store.Enrollments.OfConversation("telegram:u1").Single().Status);
    }

    [Fact]
    public void FeedbackIsKeptFromSeatsOnlyAndOnlyOnTheScale()
    {
        _store.Add();
        var seat = _store.Enroll("tax-webinar", "seat").Enrollment!;
        var gaveUp = _store.Enroll("tax-webinar", "gave-up").Enrollment!;
        _store.Enrollments.Cancel(gaveUp.Id, TrainingStore.Now);

        Assert.True(_store.Enrollments.RecordFeedback(seat.Id, 5, TrainingStore.Now));
        Assert.False(_store.Enrollments.RecordFeedback(seat.Id, 6, TrainingStore.Now));
        Assert.False(_store.Enrollments.RecordFeedback(gaveUp.Id, 4, TrainingStore.Now));
        Assert.False(_store.Enrollments.RecordFeedback("nope", 4, TrainingStore.Now));
        Assert.Equal(5, _store.Enrollments.Find(seat.Id)!.FeedbackScore);
        Assert.Null(_store.Enrollments.Find(gaveUp.Id)!.FeedbackScore);
    }

    [Fact]
    public void AConversationsEnrollmentsAreListedSoonestTrainingFirst()
    {
        _store.Add("later", startsAt: TrainingStore.Now.AddDays(9));
        _store.Add("sooner", startsAt: TrainingStore.Now.AddDays(2));
        _store.Enroll("later", "u1");
        _store.Enroll("sooner", "u1");

        Assert.Equal(["sooner", "later"], _store.Enrollments.OfConversation("telegram:u1").Select(e => e.TrainingId));
    }

    /// <summary>Runs <paramref name="count"/> requests on their own threads, released together by a barrier.</summary>
    private static Task<EnrollResult[]> AllAtOnce(int count, Func<int, EnrollResult> request)
    {
        var start = new Barrier(count);
        var tasks = Enumerable.Range(1, count)
            .Select(i => Task.Factory.StartNew(
                () =>
                {
                    start.SignalAndWait();
                    return request(i);
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default))
            .ToArray();
        return Task.WhenAll(tasks).ContinueWith(
            all =>
            {
                start.Dispose();
                return all.Result;
            },
            TaskScheduler.Default);
    }
}
