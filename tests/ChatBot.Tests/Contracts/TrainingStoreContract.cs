using ChatBot.Core.Conversations;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Trainings;
using static ChatBot.Tests.Contracts.Samples;
using TrainingSamples = ChatBot.Tests.Trainings.Trainings;
using TrainingStore = ChatBot.Tests.Trainings.TrainingStore;

namespace ChatBot.Tests.Contracts;

/// <summary>
/// What <see cref="ITrainingStore"/> and <see cref="ISeatLedger"/> promise: changes of one training's seats, and the
/// numbering of enrollments, run one after another; a change sees its own writes, and keeps all of them or, when its
/// work throws, none.
/// </summary>
public abstract class TrainingStoreContract : StoreContract
{
    private ITrainingStore Store => Stores.Trainings;

    /// <summary>
    /// Whether a change holds every writer while it runs, as LiteDB's single writer does (and the twin's lock with it).
    /// PostgreSQL writes side by side; a change holds only the rows it locked (docs/postgresql.md).
    /// </summary>
    protected virtual bool AChangeHoldsEveryWriter => true;

    [StoreFact]
    public void ATrainingSavedInAChangeIsFoundWithEverythingItHolds()
    {
        var training = Upcoming("tax-webinar");
        training.Place = new LocalizedText("Алматы, ул. Толе би, 101", "Алматы, Төле би к-сі, 101");

        Store.Change(ledger => ledger.Save(training));

        Assert.Equivalent(training, Store.FindTraining("tax-webinar"), strict: true);
        Assert.Equal(["tax-webinar"], Store.AllTrainings().Select(t => t.Id));
    }

    [StoreFact]
    public void SavingATrainingSaysWhetherItWasNew()
    {
        var training = Upcoming("tax-webinar");

        Assert.True(Store.Change(ledger => ledger.Save(training)));
        training.Capacity = 20;
        Assert.False(Store.Change(ledger => ledger.Save(training)));
        Assert.Equal(20, Store.FindTraining("tax-webinar")!.Capacity);
    }

    [StoreFact]
    public void ATrainingsEnrollmentsComeFirstComeFirstByNumber()
    {
        // The ids sort the other way round, so only the numbers can put them in order.
        Store.Change(ledger =>
        {
            ledger.Save(Enrollment("a-came-second", "tax-webinar", 3));
            ledger.Save(Enrollment("b-came-first", "tax-webinar", 1));
            ledger.Save(Enrollment("elsewhere", "other", 2));
            return 0;
        });

        Assert.Equal(["b-came-first", "a-came-second"], Store.EnrollmentsOfTraining("tax-webinar").Select(e => e.Id));
        Assert.Equal(["b-came-first", "a-came-second"], Store.Change(ledger => ledger.OfTraining("tax-webinar")).Select(e => e.Id));
    }

    [StoreFact]
    public void TheNextNumberIsOneForTheFirstAndThenOneMoreThanTheHighest()
    {
        Assert.Equal(1, Store.Change(ledger => ledger.NextNumber()));

        Store.Change(ledger =>
        {
            ledger.Save(Enrollment("a", "tax-webinar", 7));
            ledger.Save(Enrollment("b", "other", 3));
            return 0;
        });

        Assert.Equal(8, Store.Change(ledger => ledger.NextNumber()));
    }

    [StoreFact]
    public void ReadsInsideAChangeSeeItsOwnWrites()
    {
        var seen = Store.Change(ledger =>
        {
            ledger.Save(Upcoming("tax-webinar"));
            ledger.Save(Enrollment("e1", "tax-webinar", ledger.NextNumber()));
            return (ledger.Training("tax-webinar")?.Id, ledger.Enrollment("e1")?.Number, ledger.NextNumber(), ledger.OfTraining("tax-webinar").Count);
        });

        Assert.Equal(("tax-webinar", 1L, 2L, 1), seen);
    }

    [StoreFact]
    public void AChangeThatThrowsLeavesNothingOfIt()
    {
        var conversation = Conversation("1");

        Assert.Throws<InvalidOperationException>(() => Store.Change<int>(ledger =>
        {
            ledger.Save(Upcoming("tax-webinar"));
            ledger.Save(Enrollment("e1", "tax-webinar", 1));
            ledger.Queue(Reply(conversation, "уведомление"));
            ledger.MarkCatalogueFilled(At);
            throw new InvalidOperationException("the notice could not be written");
        }));

        Assert.Null(Store.FindTraining("tax-webinar"));
        Assert.Empty(Store.AllEnrollments());
        Assert.Empty(Stores.Outbox.Pending("telegram", 10));
        Assert.False(Store.CatalogueWasFilled());
    }

    [StoreFact]
    public void AChangeThatThrowsLeavesAnEarlierChangeAsItWas()
    {
        Store.Change(ledger => ledger.Save(Upcoming("tax-webinar")));

        Assert.ThrowsAny<InvalidOperationException>(() => Store.Change<int>(ledger =>
        {
            var training = ledger.Training("tax-webinar")!;
            training.StartsAt = At.AddDays(9);
            ledger.Save(training);
            throw new InvalidOperationException("the notice could not be written");
        }));

        Assert.Equal(At.AddDays(5), Store.FindTraining("tax-webinar")!.StartsAt);
    }

    [StoreFact]
    public void TheStoresReadsOnTheThreadOfAChangeSeeWhatItWroteSoFar()
    {
        var seen = Store.Change(ledger =>
        {
            ledger.Save(Upcoming("tax-webinar"));
            return Store.FindTraining("tax-webinar")?.Id;
        });

        Assert.Equal("tax-webinar", seen);
    }

    [StoreFact]
    public void AWriteOnTheThreadOfAChangeJoinsItAndIsUndoneWithIt()
    {
        var notice = Reply(Conversation("1"), "уведомление");

        Assert.Throws<InvalidOperationException>(() => Store.Change<int>(ledger =>
        {
            Stores.Outbox.Add(notice);
            throw new InvalidOperationException("the change failed after the notice was queued");
        }));

        Assert.Empty(Stores.Outbox.Pending("telegram", 10));
    }

    [StoreFact]
    public void ATrainingReadInAChangeAndAlteredButNotSavedStaysAsItWas()
    {
        Store.Change(ledger => ledger.Save(Upcoming("tax-webinar")));

        Store.Change(ledger => ledger.Training("tax-webinar")!.Capacity = 1);

        Assert.Equal(10, Store.FindTraining("tax-webinar")!.Capacity);
    }

    [StoreFact]
    public async Task AChangeUnderWayIsNotSeenFromAnotherThreadUntilItIsDone()
    {
        using var saved = new ManualResetEventSlim();
        using var looked = new ManualResetEventSlim();
        var change = Threads.OnItsOwn(() => Store.Change(ledger =>
        {
            ledger.Save(Upcoming("tax-webinar"));
            saved.Set();
            return looked.Wait(TimeSpan.FromSeconds(10));
        }));
        Assert.True(saved.Wait(TimeSpan.FromSeconds(10)));

        var seenDuring = Store.FindTraining("tax-webinar");
        looked.Set();

        Assert.True(await change);
        Assert.Null(seenDuring);
        Assert.NotNull(Store.FindTraining("tax-webinar"));
    }

    // LiteDB's single writer makes the write wait for the change; PostgreSQL lets it land beside the change, which locks
    // only the rows it decides on. Either way the write is its own: not lost, and not part of the change.
    [StoreFact]
    public async Task AWriteFromAnotherThreadDuringAChangeIsNotLostAndWaitsOnlyWhereAChangeHoldsEveryWriter()
    {
        using var saved = new ManualResetEventSlim();
        using var released = new ManualResetEventSlim();
        var change = Threads.OnItsOwn(() => Store.Change(ledger =>
        {
            ledger.Save(Upcoming("tax-webinar"));
            saved.Set();
            return released.Wait(TimeSpan.FromSeconds(10));
        }));
        Assert.True(saved.Wait(TimeSpan.FromSeconds(10)));
        var notice = Reply(Conversation("1"), "уведомление");

        var add = Threads.OnItsOwn(() => Stores.Outbox.Add(notice));
        // A write that does not wait lands while the change still holds on, up to ten seconds; give it five.
        var patience = AChangeHoldsEveryWriter ? TimeSpan.FromMilliseconds(300) : TimeSpan.FromSeconds(5);
        var addedDuringTheChange = await Task.WhenAny(add, Task.Delay(patience)) == add;
        released.Set();
        await add;

        Assert.True(await change);
        Assert.Equal(!AChangeHoldsEveryWriter, addedDuringTheChange);
        Assert.NotNull(Store.FindTraining("tax-webinar"));
        Assert.True(Stores.Outbox.IsPending(notice.Id));
    }

    [StoreFact]
    public void OnlyTrainingsNotCancelledAndStartingLaterAreUpcoming()
    {
        Store.Change(ledger =>
        {
            ledger.Save(Upcoming("later"));
            ledger.Save(TrainingSamples.Sample("earlier", 10, At.AddDays(-1)));
            var cancelled = Upcoming("cancelled");
            cancelled.Status = TrainingStatus.Cancelled;
            ledger.Save(cancelled);
            var closed = TrainingSamples.Sample("closed", 10, At.AddDays(6));
            closed.Status = TrainingStatus.Closed;
            return ledger.Save(closed);
        });

        Assert.Equal(["closed", "later"], Store.Change(ledger => ledger.NotCancelledStartingAfter(At)).Select(t => t.Id).Order());
    }

    [StoreFact]
    public void ANoticeQueuedInAChangeIsPendingInTheOutboxWithAnId()
    {
        var notice = Reply(Conversation("1"), "место освободилось");

        Store.Change(ledger =>
        {
            ledger.Queue(notice);
            return 0;
        });

        Assert.True(notice.Id > 0);
        Assert.Equal([notice.Id], Stores.Outbox.Pending("telegram", 10).Select(o => o.Id));
    }

    [StoreFact]
    public void TheCatalogueCountsAsFilledOnceAChangeSaysSo()
    {
        Store.Change(ledger => ledger.Save(Upcoming("tax-webinar")));
        Assert.False(Store.CatalogueWasFilled());

        Store.Change(ledger =>
        {
            ledger.MarkCatalogueFilled(At);
            return 0;
        });

        Assert.True(Store.CatalogueWasFilled());
    }

    [StoreFact]
    public void AConversationsEnrollmentsAreItsOwnAndFoundById()
    {
        Store.Change(ledger =>
        {
            ledger.Save(Enrollment("mine-1", "tax-webinar", 1));
            ledger.Save(Enrollment("theirs", "tax-webinar", 2, chatId: "2"));
            ledger.Save(Enrollment("mine-2", "other", 3));
            return 0;
        });

        Assert.Equal(["mine-1", "mine-2"], Store.EnrollmentsOfConversation("telegram:1").Select(e => e.Id).Order());
        Assert.Equal(3, Store.AllEnrollments().Count);
        Assert.Equal("telegram:2", Store.FindEnrollment("theirs")!.ConversationId);
        Assert.Null(Store.FindEnrollment("nobody"));
    }

    [StoreFact]
    public void TwentyPeopleEnrollingAtOnceIntoTheLastSeatsNeverTakeMoreThanTheCapacity()
    {
        var enrollments = new Enrollments(new PausingTrainingStore(Store), new TrainingNotices(new TextCatalog(new Dictionary<string, LocalizedText>())), new ConversationEvents());
        Store.Change(ledger => ledger.Save(Upcoming("small", capacity: 5)));
        enrollments.Enroll(Request("early-1"));
        enrollments.Enroll(Request("early-2"));

        var outcomes = Threads.RunAtOnce(20, i => enrollments.Enroll(Request($"late-{i}")).Outcome);

        Assert.Equal(3, outcomes.Count(o => o == EnrollOutcome.Enrolled));
        Assert.Equal(17, outcomes.Count(o => o == EnrollOutcome.Full));
        var seats = Store.EnrollmentsOfTraining("small");
        Assert.Equal(5, seats.Count(e => e.HoldsSeat));
        Assert.Equal([1L, 2, 3, 4, 5], seats.Select(e => e.Number));
    }

    [StoreFact]
    public void TwentyEnrollingIntoTwentyTrainingsAtOnceNeverShareANumber()
    {
        var enrollments = new Enrollments(new PausingTrainingStore(Store), new TrainingNotices(new TextCatalog(new Dictionary<string, LocalizedText>())), new ConversationEvents());
        Store.Change(ledger => Enumerable.Range(0, 20).Count(i => ledger.Save(Upcoming($"training-{i}"))));
        // Every thread reads once before the race, so that none of them starts it late opening a connection.
        Threads.RunAtOnce(20, _ => Store.AllTrainings().Count);

        var numbers = Threads.RunAtOnce(20, i => enrollments.Enroll(Request($"person-{i}") with { TrainingId = $"training-{i}" }).Enrollment!.Number);

        Assert.Equal(Enumerable.Range(1, 20).Select(n => (long)n), numbers.Order());
    }

    [StoreFact]
    public void TenCancellingOneSeatAtOnceFreeItOnceAndTheFirstWaitingGetsIt()
    {
        var enrollments = new Enrollments(new PausingTrainingStore(Store), new TrainingNotices(TrainingStore.Knowledge.Texts), new ConversationEvents());
        Store.Change(ledger => ledger.Save(Upcoming("small", capacity: 1)));
        var seat = enrollments.Enroll(Request("holder")).Enrollment!;
        enrollments.Enroll(Request("first-waiting") with { JoinWaitingList = true });
        enrollments.Enroll(Request("second-waiting") with { JoinWaitingList = true });
        // Every thread reads once before the race, so that none of them starts it late opening a connection.
        Threads.RunAtOnce(10, _ => Store.FindEnrollment(seat.Id));

        var outcomes = Threads.RunAtOnce(10, _ => enrollments.Cancel(seat.Id, At).Outcome);

        Assert.Equal(1, outcomes.Count(o => o == CancelOutcome.Cancelled));
        Assert.Equal(9, outcomes.Count(o => o == CancelOutcome.AlreadyCancelled));
        Assert.Equal(["telegram:first-waiting"], Store.EnrollmentsOfTraining("small").Where(e => e.HoldsSeat).Select(e => e.ConversationId));
        Assert.Equal(["first-waiting"], Stores.Outbox.Pending("telegram", 10).Select(o => o.ChatId));
    }

    private static Training Upcoming(string id, int capacity = 10) => TrainingSamples.Sample(id, capacity, At.AddDays(5));

    private static EnrollRequest Request(string chatId) =>
        new("small", ConversationIds.Of("telegram", chatId), "telegram", chatId, Language.Ru, At);

    private static Enrollment Enrollment(string id, string trainingId, long number, string chatId = "1") => new()
    {
        Id = id,
        Number = number,
        TrainingId = trainingId,
        ConversationId = ConversationIds.Of("telegram", chatId),
        Channel = "telegram",
        ChatId = chatId,
        Language = Language.Kk,
        Status = EnrollmentStatus.Enrolled,
        CreatedAt = At,
    };
}

public sealed class TrainingStoreContractOnLiteDb : TrainingStoreContract
{
    protected override StoreSet OpenStores() => StoreSet.OnLiteDb();
}

public sealed class TrainingStoreContractInMemory : TrainingStoreContract
{
    protected override StoreSet OpenStores() => StoreSet.InMemory();
}

public sealed class TrainingStoreContractOnPostgreSql : TrainingStoreContract
{
    protected override bool AChangeHoldsEveryWriter => false;

    protected override StoreSet OpenStores() => StoreSet.OnPostgreSql();
}
