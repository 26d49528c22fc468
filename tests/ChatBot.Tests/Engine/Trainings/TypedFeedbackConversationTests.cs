using ChatBot.Core.Engine.Trainings;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Trainings;
using ChatBot.Storage.LiteDb.Trainings;
using ChatBot.Testing;
using static ChatBot.Tests.Engine.Trainings.EnrollmentScript;

namespace ChatBot.Tests.Engine.Trainings;

/// <summary>The feedback question after a training answered by typing the score instead of pressing it.</summary>
public sealed class TypedFeedbackConversationTests : IDisposable
{
    private const string Me = "test:user-1";
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData(Language.Ru, "4 балла", 4)]
    [InlineData(Language.Ru, "пять", 5)]
    [InlineData(Language.Kk, "бес", 5)]
    [InlineData(Language.Kk, "3 ұпай", 3)]
    public async Task ATypedScoreAnswersTheFeedbackQuestionInEitherLanguage(Language language, string typed, int score)
    {
        var training = Training(_bot);

        await EnrolledThenAskedForFeedback(language, training)
            .Send(typed).AssertText(EnrollmentTextKeys.FeedbackThanks, language)
            .StartTestAsync();

        Assert.Equal(score, Assert.Single(_bot.Enrollments.OfConversation(Me)).FeedbackScore);
    }

    [Fact]
    public async Task ANumberIsAnOrdinaryMessageOnceTheUserHasWrittenSomethingElseAfterTheQuestion()
    {
        var training = Training(_bot);

        await EnrolledThenAskedForFeedback(Language.Ru, training)
            .Send("как открыть ИП?").AssertReply(_ => { })
            .Send("5").AssertReply(reply => Assert.NotEqual(Text(EnrollmentTextKeys.FeedbackThanks, Language.Ru), reply.Text))
            .StartTestAsync();

        Assert.Null(Assert.Single(_bot.Enrollments.OfConversation(Me)).FeedbackScore);
    }

    [Fact]
    public async Task ANumberOutsideTheScaleOrASentenceWithANumberIsNotTakenForTheScore()
    {
        var training = Training(_bot);

        await EnrolledThenAskedForFeedback(Language.Ru, training)
            .Send("6").AssertReply(reply => Assert.NotEqual(Text(EnrollmentTextKeys.FeedbackThanks, Language.Ru), reply.Text))
            .StartTestAsync();

        Assert.Null(Assert.Single(_bot.Enrollments.OfConversation(Me)).FeedbackScore);
    }

    [Fact]
    public async Task WithoutAFeedbackQuestionATypedNumberIsNotAScore()
    {
        var training = Training(_bot);

        await _bot.Conversation()
            .Send("/start training_" + training.Id).AssertReply(_ => { })
            .Press(EnrollButton(Language.Ru)).AssertReply(_ => { }).FillTheForm(Language.Ru).AssertReply(_ => { })
            .Do(() => _bot.Time.SetUtcNow(training.EndsAt.AddHours(2)))
            .Send("5").AssertReply(reply => Assert.NotEqual(Text(EnrollmentTextKeys.FeedbackThanks, Language.Ru), reply.Text))
            .StartTestAsync();

        Assert.Null(Assert.Single(_bot.Enrollments.OfConversation(Me)).FeedbackScore);
    }

    [Fact]
    public async Task AScoreTypedInTheMiddleOfAFormIsTakenAndTheFormGoesOn()
    {
        var past = Training(_bot, "past", inDays: 1);
        var next = Training(_bot, "next", inDays: 10);

        await _bot.Conversation()
            .Send("/start training_" + past.Id).AssertReply(_ => { })
            .Press(EnrollButton(Language.Ru)).AssertReply(_ => { }).FillTheForm(Language.Ru).AssertReply(_ => { })
            .Do(() => _bot.Time.SetUtcNow(past.EndsAt.AddHours(2)))
            .Send("/start training_" + next.Id).AssertReply(_ => { })
            .Press(EnrollButton(Language.Ru)).AssertReply(_ => { }).AssertReply(review =>
                Assert.Contains(Text(Core.Flows.FlowTextKeys.ButtonKnownUse, Language.Ru), review.Buttons.Select(b => b.Title)))
            .Do(() =>
            {
                _bot.Time.Advance(TimeSpan.FromMinutes(1));
                _bot.Schedule.QueueDue(_bot.Time.GetUtcNow(), feedback: true);
            })
            .Send("5").AssertText(EnrollmentTextKeys.FeedbackThanks, Language.Ru)
            .AssertText(Core.Flows.FlowTextKeys.BackToStep, Language.Ru)
            .AssertReply(review => Assert.Contains(Text(Core.Flows.FlowTextKeys.ButtonKnownUse, Language.Ru), review.Buttons.Select(b => b.Title)))
            .StartTestAsync();

        var enrollments = _bot.Enrollments.OfConversation(Me).ToDictionary(e => e.TrainingId);
        Assert.Equal(5, enrollments[past.Id].FeedbackScore);
        Assert.False(enrollments.ContainsKey(next.Id));
        Assert.Equal("training_enrollment", _bot.Store.Find(Me)!.Flow?.FlowId);
    }

    private TestFlow EnrolledThenAskedForFeedback(Language language, Training training) => _bot.Conversation()
        .Send("/lang " + language.Code()).AssertReply(_ => { })
        .Send("/start training_" + training.Id).AssertReply(_ => { })
        .Press(EnrollButton(language)).AssertReply(_ => { }).FillTheForm(language)
        .AssertReply(confirmation => Assert.NotNull(confirmation.Attachment))
        .Do(() =>
        {
            _bot.Time.SetUtcNow(training.EndsAt.AddHours(2));
            var told = _bot.Schedule.QueueDue(_bot.Time.GetUtcNow(), feedback: true);
            Assert.Equal([Me], told);
        })
        .Receive(() => [_bot.ConversationOutbox.PendingAfter(Me, 0, 100).Last().Message])
        .AssertReply(question => Assert.Equal(["1", "2", "3", "4", "5"], question.Buttons.Select(b => b.Title)));
}
