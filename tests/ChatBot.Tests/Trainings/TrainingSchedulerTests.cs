using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;
using ChatBot.Core.Storage;
using ChatBot.Core.Trainings;
using ChatBot.Host.Trainings;
using ChatBot.Tests.Operators;

namespace ChatBot.Tests.Trainings;

/// <summary>The scheduler as the service wires it: the seeded catalogue, the fake clock, the outbox of the channels.</summary>
public sealed class TrainingSchedulerTests : IDisposable
{
    private readonly OperatorHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public void TheRunningServiceQueuesTheReminderOfASeededTrainingOnceWhenItsTimeComes()
    {
        var trainings = _host.Service<TrainingServices>();
        var training = trainings.Catalog.Upcoming(_host.Time.GetUtcNow()).First();
        trainings.Enrollments.Enroll(new EnrollRequest(training.Id, "telegram:sched", "telegram", "sched", Language.Kk, _host.Time.GetUtcNow()));
        var scheduler = _host.Service<TrainingScheduler>();

        // Moving the clock also wakes the hosted loop, which may queue it first: either way it is queued once.
        _host.Time.SetUtcNow(training.StartsAt.AddHours(-3));
        scheduler.RunOnce();
        Assert.Equal(0, scheduler.RunOnce());

        var reminder = Assert.Single(_host.Service<IOutbox>().Pending("telegram", 100), o => o.ChatId == "sched");
        Assert.Contains(training.Title.Kk, reminder.Message.Text);
    }

    [Fact]
    public void APromotionWakesTheWebChatStreamOfThePersonPromoted()
    {
        var now = _host.Time.GetUtcNow();
        _host.Service<TrainingRuntime>().Catalog.Import([Trainings.Sample("wake-up", 1, now.AddDays(5))], now);
        var enrollments = _host.Service<TrainingServices>().Enrollments;
        var holder = enrollments.Enroll(new EnrollRequest("wake-up", "telegram:holder", "telegram", "holder", Language.Ru, now)).Enrollment!;
        enrollments.Enroll(new EnrollRequest("wake-up", "web:waiting", "web", "waiting", Language.Ru, now, JoinWaitingList: true));
        using var stream = _host.Service<ConversationEvents>().Listen("web:waiting");

        enrollments.Cancel(holder.Id, now);

        Assert.True(stream.Fired.IsCompleted);
    }
}
