using ChatBot.Core.Engine.Trainings;
using ChatBot.Core.Messages;
using ChatBot.Core.Time;
using ChatBot.Core.Trainings;
using ChatBot.Testing;
using static ChatBot.Tests.Engine.Trainings.EnrollmentScript;

namespace ChatBot.Tests.Engine.Trainings;

/// <summary>Cancelling, the waiting list and the feedback answer, as a user meets them in the conversation.</summary>
public sealed class CancellationConversationTests : IDisposable
{
    private const Language Ru = Language.Ru;
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task TheCancelButtonOnTheConfirmationAsksOnceMoreThenFreesTheSeat()
    {
        var training = Training(_bot, capacity: 1);

        await Enrolled(_bot.Conversation(), training)
            .Press(Text(TrainingTextKeys.ButtonCancelEnrollment, Ru)).AssertReply(question =>
            {
                Assert.Equal(Format(EnrollmentTextKeys.CancelConfirm, Ru, ("title", training.Title.Ru), ("when", AlmatyTime.Span(training))), question.Text);
            })
            .Press(Text(EnrollmentTextKeys.ButtonCancelNo, Ru)).AssertText(EnrollmentTextKeys.CancelKept, Ru)
            .Send("/start training_" + training.Id).AssertReply(_ => { })
            .Press(Text(TrainingTextKeys.ButtonCancelEnrollment, Ru)).AssertReply(_ => { })
            .Press(Text(EnrollmentTextKeys.ButtonCancelYes, Ru)).AssertReply(Format(EnrollmentTextKeys.Cancelled, Ru, ("title", training.Title.Ru)))
            .StartTestAsync();

        Assert.Equal(EnrollmentStatus.Cancelled, Assert.Single(_bot.Enrollments.OfConversation("test:user-1")).Status);
        Assert.Equal(1, _bot.TrainingCatalog.SeatsLeft(training.Id));
    }

    [Fact]
    public async Task CancelMyRegistrationListsTheUsersEnrollmentsToChooseFrom()
    {
        var first = Training(_bot, "first", inDays: 3);
        var second = Training(_bot, "second", inDays: 6);
        var other = Training(_bot, "other", inDays: 4);

        await Enrolled(Enrolled(_bot.Conversation(), first), second, returning: true)
            .Send("отменить запись").AssertReply(mine =>
            {
                Assert.Equal(Text(EnrollmentTextKeys.MineTitle, Ru), mine.Text);
                var cancellable = mine.Buttons.Where(b => b.Payload.StartsWith("training:cancel:", StringComparison.Ordinal)).ToList();
                Assert.Equal(2, cancellable.Count);
                Assert.Contains(first.Title.Ru, cancellable[0].Title, StringComparison.Ordinal);
                Assert.Contains(second.Title.Ru, cancellable[1].Title, StringComparison.Ordinal);
                Assert.DoesNotContain(mine.Buttons, b => b.Title.Contains(other.Title.Ru, StringComparison.Ordinal));
            })
            .Press(mine => mine.Buttons.Single(b => b.Title.Contains(second.Title.Ru, StringComparison.Ordinal))).AssertReply(_ => { })
            .Press(Text(EnrollmentTextKeys.ButtonCancelYes, Ru)).AssertReply(Format(EnrollmentTextKeys.Cancelled, Ru, ("title", second.Title.Ru)))
            .Send("отменить запись").AssertReply(mine =>
                Assert.Single(mine.Buttons, b => b.Payload.StartsWith("training:cancel:", StringComparison.Ordinal)))
            .StartTestAsync();

        var statuses = _bot.Enrollments.OfConversation("test:user-1").ToDictionary(e => e.TrainingId, e => e.Status);
        Assert.Equal(EnrollmentStatus.Enrolled, statuses[first.Id]);
        Assert.Equal(EnrollmentStatus.Cancelled, statuses[second.Id]);
    }

    [Fact]
    public async Task AnotherConversationsEnrollmentCannotBeCancelledWithItsPayload()
    {
        var training = Training(_bot);
        var theirs = _bot.Enrollments.Enroll(new EnrollRequest(training.Id, "test:someone", "test", "someone", Ru, _bot.Time.GetUtcNow())).Enrollment!;

        await _bot.Conversation()
            .Send("/menu").AssertReply(_ => { })
            .Press(_ => new Button("forged", EnrollmentPayloads.CancelConfirmed(theirs.Id))).AssertText(EnrollmentTextKeys.MineEmpty, Ru)
            .StartTestAsync();

        Assert.Equal(EnrollmentStatus.Enrolled, _bot.Enrollments.Find(theirs.Id)!.Status);
    }

    [Fact]
    public async Task AFullTrainingOffersTheWaitingListAndACancellationPromotesTheFirstWaitingPerson()
    {
        var training = Training(_bot, capacity: 1);
        var taken = _bot.Enrollments.Enroll(new EnrollRequest(training.Id, "test:first", "test", "first", Ru, _bot.Time.GetUtcNow())).Enrollment!;

        await _bot.Conversation()
            .Send("/start training_" + training.Id).AssertReply(details =>
            {
                Assert.Contains(Text(EnrollmentTextKeys.SeatsNone, Ru), details.Text, StringComparison.Ordinal);
                Assert.DoesNotContain(details.Buttons, b => b.Title == EnrollButton(Ru));
            })
            .Press(Text(EnrollmentTextKeys.ButtonWait, Ru)).AssertReply(_ => { })
            .FillTheForm(Ru).AssertReply(Format(EnrollmentTextKeys.Waiting, Ru, ("title", training.Title.Ru), ("position", 1)))
            .StartTestAsync();
        var waiting = Assert.Single(_bot.Enrollments.OfConversation("test:user-1"));
        Assert.Equal(EnrollmentStatus.Waiting, waiting.Status);

        await _bot.Conversation("first")
            .Send("отменить запись").AssertReply(_ => { })
            .Press(mine => mine.Buttons.Single(b => b.Payload == TrainingPayloads.Cancel(taken.Id))).AssertReply(_ => { })
            .Press(Text(EnrollmentTextKeys.ButtonCancelYes, Ru)).AssertReply(_ => { })
            .StartTestAsync();

        Assert.Equal(EnrollmentStatus.Enrolled, _bot.Enrollments.Find(waiting.Id)!.Status);
        var notice = Assert.Single(_bot.ConversationOutbox.PendingAfter("test:user-1", 0, 100), i => i.Message.Text.StartsWith("Хорошая новость", StringComparison.Ordinal));
        Assert.Contains(training.Title.Ru, notice.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheLastSeatGoesWhileTheFormIsFilledTheWaitingListIsOfferedWithoutAskingAgain()
    {
        var training = Training(_bot, capacity: 1);

        await _bot.Conversation()
            .Send("/start training_" + training.Id).AssertReply(_ => { })
            .Press(EnrollButton(Ru)).AssertReply(_ => { })
            .Do(() => _bot.Enrollments.Enroll(new EnrollRequest(training.Id, "test:faster", "test", "faster", Ru, _bot.Time.GetUtcNow())))
            .FillTheForm(Ru).AssertReply(offer =>
            {
                Assert.Equal(Format(EnrollmentTextKeys.FullAfterForm, Ru, ("title", training.Title.Ru)), offer.Text);
                Assert.Null(offer.Attachment);
            })
            .Press(Text(EnrollmentTextKeys.ButtonWait, Ru)).AssertReply(Format(EnrollmentTextKeys.Waiting, Ru, ("title", training.Title.Ru), ("position", 1)))
            .StartTestAsync();

        Assert.Equal(EnrollmentStatus.Waiting, Assert.Single(_bot.Enrollments.OfConversation("test:user-1")).Status);
    }

    [Fact]
    public async Task TheAnswerToTheFeedbackQuestionIsStoredWithTheEnrollment()
    {
        var training = Training(_bot);
        var notices = new TrainingNotices(_bot.Knowledge.Texts);

        await Enrolled(_bot.Conversation(), training)
            .Press(_ =>
            {
                var enrollment = Assert.Single(_bot.Enrollments.OfConversation("test:user-1"));
                return notices.FeedbackRequest(training, enrollment).Buttons.Single(b => b.Title == "4");
            })
            .AssertText(EnrollmentTextKeys.FeedbackThanks, Ru)
            .StartTestAsync();

        Assert.Equal(4, Assert.Single(_bot.Enrollments.OfConversation("test:user-1")).FeedbackScore);
    }

    private static TestFlow Enrolled(TestFlow flow, Training training, bool returning = false)
    {
        flow = flow.Send("/start training_" + training.Id).AssertReply(_ => { }).Press(EnrollButton(Ru)).AssertReply(_ => { });
        flow = returning
            ? flow.AssertReply(_ => { }).Press(Text(Core.Flows.FlowTextKeys.ButtonKnownUse, Ru)).AssertReply(_ => { }).Press(Yes(Ru))
            : flow.FillTheForm(Ru);
        return flow.AssertReply(confirmation => Assert.NotNull(confirmation.Attachment));
    }
}
