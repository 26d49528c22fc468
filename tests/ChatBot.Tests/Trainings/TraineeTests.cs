using ChatBot.Core.Trainings;
using ChatBot.Storage.LiteDb;
using ChatBot.Tests.Contracts;

namespace ChatBot.Tests.Trainings;

/// <summary>The personal data of trainees: kept per conversation, erased with the conversation on /forget.</summary>
public sealed class TraineeTests : IDisposable
{
    private readonly TrainingStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void ATraineeIsFoundByConversationAndReplacedWhenSavedAgain()
    {
        _store.Trainees.Save(Trainee("Айгуль"));
        _store.Trainees.Save(Trainee("Айгуль Серикова"));

        Assert.Equal("Айгуль Серикова", _store.Trainees.Find("telegram:1")!.Name);
        Assert.Null(_store.Trainees.Find("telegram:2"));
    }

    [Fact]
    public void ForgettingAConversationErasesItsTraineeButKeepsTheAnonymousEnrollment()
    {
        _store.Add();
        _store.Trainees.Save(Trainee("Айгуль"));
        _store.Enroll("tax-webinar", "1");

        new LiteConversationStore(_store.Database).Commit(Samples.Forgetting(Samples.Conversation("1")));

        Assert.Null(_store.Trainees.Find("telegram:1"));
        Assert.Single(_store.Enrollments.OfConversation("telegram:1"));
    }

    [Fact]
    public void NoPersonalDataIsStoredWithoutConsent()
    {
        var trainee = Trainee("Айгуль");
        trainee.ConsentAt = default;

        Assert.Throws<ArgumentException>(() => _store.Trainees.Save(trainee));
        Assert.Null(_store.Trainees.Find("telegram:1"));
    }

    private static Trainee Trainee(string name) => new()
    {
        ConversationId = "telegram:1",
        Name = name,
        Phone = "+77011234567",
        Iin = "900101300017",
        Sector = "trade",
        ConsentAt = TrainingStore.Now,
        UpdatedAt = TrainingStore.Now,
    };
}
