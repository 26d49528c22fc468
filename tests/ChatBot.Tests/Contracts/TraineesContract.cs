using ChatBot.Core.Trainings;
using static ChatBot.Tests.Contracts.Samples;

namespace ChatBot.Tests.Contracts;

/// <summary>What <see cref="ITrainees"/> promises: one record per conversation, only after consent, erased on /forget.</summary>
public abstract class TraineesContract : StoreContract
{
    private ITrainees Trainees => Stores.Trainees;

    [StoreFact]
    public void ASavedTraineeIsFoundByItsConversationWithEverythingItHolds()
    {
        var trainee = Trainee("telegram:1");

        Trainees.Save(trainee);

        Assert.Equivalent(trainee, Trainees.Find("telegram:1"), strict: true);
        Assert.Null(Trainees.Find("telegram:2"));
    }

    [StoreFact]
    public void SavingAgainReplacesTheRecord()
    {
        Trainees.Save(Trainee("telegram:1"));
        var moved = Trainee("telegram:1");
        moved.Phone = "+77017654321";

        Trainees.Save(moved);

        Assert.Equal("+77017654321", Trainees.Find("telegram:1")!.Phone);
    }

    [StoreFact]
    public void ARecordWithoutConsentOrConversationIsRefusedAndNotStored()
    {
        var withoutConsent = Trainee("telegram:1");
        withoutConsent.ConsentAt = default;

        Assert.Throws<ArgumentException>(() => Trainees.Save(withoutConsent));
        Assert.Throws<ArgumentException>(() => Trainees.Save(Trainee("")));
        Assert.Null(Trainees.Find("telegram:1"));
    }

    [StoreFact]
    public void ForgetErasesTheRecordOfThatConversationOnly()
    {
        Trainees.Save(Trainee("telegram:1"));
        Trainees.Save(Trainee("telegram:2"));

        Trainees.Forget("telegram:1");

        Assert.Null(Trainees.Find("telegram:1"));
        Assert.NotNull(Trainees.Find("telegram:2"));
    }

    [StoreFact]
    public void ForgettingTheConversationErasesItsTrainee()
    {
        Stores.Conversations.Commit(Turn(Conversation("1")));
        Trainees.Save(Trainee("telegram:1"));

        Stores.Conversations.Commit(Forgetting(Conversation("1")));

        Assert.Null(Trainees.Find("telegram:1"));
    }

    [StoreFact]
    public void TheRecordsOfOneIinShareAPersonKeyThatIsNotTheIin()
    {
        Trainees.Save(Trainee("telegram:1"));
        Trainees.Save(Trainee("web:2"));
        var other = Trainee("telegram:3");
        other.Iin = "850202400456";
        Trainees.Save(other);

        var keys = Trainees.PersonKeys();

        Assert.Equal(["telegram:1", "telegram:3", "web:2"], keys.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(keys["telegram:1"], keys["web:2"]);
        Assert.NotEqual(keys["telegram:1"], keys["telegram:3"]);
        Assert.DoesNotContain("900101300123", keys["telegram:1"]);
    }

    [StoreFact]
    public void ATraineeChangedAfterItWasSavedIsNotChangedInTheStore()
    {
        var trainee = Trainee("telegram:1");
        Trainees.Save(trainee);

        trainee.Iin = "000000000000";

        Assert.Equal("900101300123", Trainees.Find("telegram:1")!.Iin);
    }

    private static Trainee Trainee(string conversationId) => new()
    {
        ConversationId = conversationId,
        Name = "Айгуль Сериковна",
        Phone = "+77011234567",
        Iin = "900101300123",
        Bin = "123456789012",
        Sector = "retail",
        ConsentAt = At,
        UpdatedAt = At.AddMinutes(1),
    };
}

public sealed class TraineesContractOnLiteDb : TraineesContract
{
    protected override StoreSet OpenStores() => StoreSet.OnLiteDb();
}

public sealed class TraineesContractInMemory : TraineesContract
{
    protected override StoreSet OpenStores() => StoreSet.InMemory();
}

public sealed class TraineesContractOnPostgreSql : TraineesContract
{
    protected override StoreSet OpenStores() => StoreSet.OnPostgreSql();
}
