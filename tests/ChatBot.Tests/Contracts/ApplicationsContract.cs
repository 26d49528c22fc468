using ChatBot.Core.Applications;
using ChatBot.Core.Messages;
using static ChatBot.Tests.Contracts.Samples;

namespace ChatBot.Tests.Contracts;

/// <summary>What <see cref="IApplications"/> promises: numbers per year, never twice; changes kept; /forget empties the personal fields.</summary>
public abstract class ApplicationsContract : StoreContract
{
    private static readonly DateTimeOffset Submitted = new(2026, 3, 2, 5, 0, 0, TimeSpan.Zero);

    private IApplications Applications => Stores.Applications;

    [StoreFact]
    public void ApplicationsAreNumberedOneAfterAnotherWithinTheirYear()
    {
        var first = Applications.Submit(Draft("telegram:1"), 2026);
        var second = Applications.Submit(Draft("telegram:2"), 2026);
        var nextYear = Applications.Submit(Draft("telegram:1"), 2027);

        Assert.Equal(["A-2026-000001", "A-2026-000002", "A-2027-000001"], [first.Id, second.Id, nextYear.Id]);
    }

    [StoreFact]
    public void ASubmittedApplicationIsFoundWithEverythingItHolds()
    {
        var draft = Draft("telegram:1");
        draft.Attachments.Add(new ApplicationAttachment { FileName = "договор.pdf", MediaType = "application/pdf", Size = 3, Content = [1, 2, 3] });

        var stored = Applications.Submit(draft, 2026);

        Assert.Equivalent(stored, Applications.Find(stored.Id), strict: true);
        Assert.Null(Applications.Find("A-2026-000099"));
    }

    [StoreFact]
    public void ManySubmittingAtOnceNeverShareANumber()
    {
        var ids = new System.Collections.Concurrent.ConcurrentBag<string>();

        Parallel.For(0, 40, i => ids.Add(Applications.Submit(Draft("telegram:" + i), 2026).Id));

        Assert.Equal(40, ids.Distinct().Count());
        Assert.Equal(ApplicationNumber.Format(2026, 40), ids.Max(StringComparer.Ordinal));
    }

    [StoreFact]
    public void AConversationsApplicationsComeNewestFirstAndOnlyItsOwn()
    {
        var older = Applications.Submit(Draft("telegram:1"), 2026);
        var newer = Draft("telegram:1");
        newer.CreatedAt = Submitted.AddDays(1);
        newer = Applications.Submit(newer, 2026);
        Applications.Submit(Draft("telegram:2"), 2026);

        Assert.Equal([newer.Id, older.Id], Applications.OfConversation("telegram:1").Select(a => a.Id));
        Assert.Equal(3, Applications.All().Count);
    }

    [StoreFact]
    public void ASavedChangeIsKeptAndAnUnknownApplicationIsRefused()
    {
        var application = Applications.Submit(Draft("telegram:1"), 2026);
        application.Status = ApplicationStatus.Assigned;
        application.AssignedTo = "aigerim";
        application.History.Add(new ApplicationChange { At = Submitted.AddHours(1), By = "aigerim", Kind = ApplicationChangeKind.Assigned, Status = ApplicationStatus.Assigned, Text = "беру" });

        Applications.Save(application);

        Assert.Equivalent(application, Applications.Find(application.Id), strict: true);
        var unknown = Draft("telegram:1");
        unknown.Id = "A-2026-000099";
        Assert.Throws<KeyNotFoundException>(() => Applications.Save(unknown));
    }

    [StoreFact]
    public void ForgettingTheConversationEmptiesItsApplicationsPersonalFieldsAndKeepsTheRest()
    {
        Stores.Conversations.Commit(Turn(Conversation("1")));
        var draft = Draft("telegram:1");
        draft.Attachments.Add(new ApplicationAttachment { FileName = "паспорт.jpg", MediaType = "image/jpeg", Size = 1, Content = [9] });
        draft.History.Add(new ApplicationChange { At = Submitted, By = "aigerim", Kind = ApplicationChangeKind.Reply, Status = ApplicationStatus.Answered, Text = "ответ" });
        var mine = Applications.Submit(draft, 2026);
        var other = Applications.Submit(Draft("telegram:2"), 2026);

        Stores.Conversations.Commit(Forgetting(Conversation("1")));

        var erased = Applications.Find(mine.Id)!;
        // LiteDB gives empty text back as null.
        Assert.All([erased.Description, erased.Name, erased.Phone], field => Assert.True(string.IsNullOrEmpty(field)));
        Assert.Empty(erased.Attachments);
        Assert.All(erased.History, c => Assert.Null(c.Text));
        Assert.NotNull(erased.ErasedAt);
        Assert.Equal((ApplicationKind.Legal, ApplicationStatus.New), (erased.Kind, erased.Status));
        Assert.Equal("Договор аренды расторгают досрочно", Applications.Find(other.Id)!.Description);
    }

    [StoreFact]
    public void AnApplicationChangedAfterItWasStoredIsNotChangedInTheStore()
    {
        var application = Applications.Submit(Draft("telegram:1"), 2026);

        application.Description = "изменено";

        Assert.Equal("Договор аренды расторгают досрочно", Applications.Find(application.Id)!.Description);
    }

    private static Application Draft(string conversationId) => new()
    {
        ConversationId = conversationId,
        Channel = "telegram",
        ChatId = conversationId.Split(':')[1],
        Language = Language.Ru,
        Kind = ApplicationKind.Legal,
        Description = "Договор аренды расторгают досрочно",
        Name = "Айгерим Серикова",
        Phone = "+77011234567",
        AnswerBy = AnswerChannel.Phone,
        ConsentAt = Submitted,
        Status = ApplicationStatus.New,
        CreatedAt = Submitted,
        UpdatedAt = Submitted,
        History = [new ApplicationChange { At = Submitted, By = ApplicationChanges.Entrepreneur, Kind = ApplicationChangeKind.Submitted, Status = ApplicationStatus.New }],
    };
}

public sealed class ApplicationsContractOnLiteDb : ApplicationsContract
{
    protected override StoreSet OpenStores() => StoreSet.OnLiteDb();
}

public sealed class ApplicationsContractInMemory : ApplicationsContract
{
    protected override StoreSet OpenStores() => StoreSet.InMemory();
}

public sealed class ApplicationsContractOnPostgreSql : ApplicationsContract
{
    protected override StoreSet OpenStores() => StoreSet.OnPostgreSql();
}
