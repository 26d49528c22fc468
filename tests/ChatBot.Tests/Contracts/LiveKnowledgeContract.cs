using ChatBot.Core.Editing;

namespace ChatBot.Tests.Contracts;

/// <summary>What <see cref="ILiveKnowledgeStore"/> promises: one copy, its changes newest first, and the regression set in order.</summary>
public abstract class LiveKnowledgeContract : StoreContract
{
    private ILiveKnowledgeStore Live => Stores.LiveKnowledge;

    [StoreFact]
    public void ANewStoreHasNoCopyYet()
    {
        Assert.Null(Live.Copy());
        Assert.Empty(Live.Changes());
        Assert.Empty(Live.RegressionSet());
    }

    [StoreFact]
    public void TheSavedCopyIsReadBackWithItsFiles()
    {
        Live.Save(Copy(1, "intents: []\n"));
        Live.Save(Copy(2, "intents:\n  - id: b\n"));

        var copy = Live.Copy()!;
        Assert.Equal(2, copy.Version);
        Assert.Equal("faq/a.yaml", Assert.Single(copy.Files).Path);
        Assert.Equal("intents:\n  - id: b\n", copy.Files[0].Text);
        Assert.Equal("abc", copy.ShippedHash);
        Assert.Equal(["faq/a.yaml"], copy.EditedFiles);
    }

    [StoreFact]
    public void ChangesGetIncreasingIdsAndComeNewestFirstByTopic()
    {
        var first = Change("a", before: null, after: "A1");
        var second = Change("b", before: "B0", after: "B1");
        var third = Change("a", before: "A1", after: "A2");
        Live.Save(Copy(2, "x"), first);
        Live.Save(Copy(3, "y"), second);
        Live.Save(Copy(4, "z"), third);

        Assert.True(first.Id > 0 && second.Id > first.Id && third.Id > second.Id);
        Assert.Equal([third.Id, second.Id, first.Id], Live.Changes().Select(c => c.Id));
        Assert.Equal(["A2", "A1"], Live.Changes("a").Select(c => c.After));
        Assert.Equal([third.Id], Live.Changes(limit: 1).Select(c => c.Id));
        var found = Live.FindChange(second.Id)!;
        Assert.Equal(("b", "B0", "B1", "editor1", new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero)), (found.IntentId, found.Before, found.After, found.Author, found.At));
        Assert.Null(Live.FindChange(999));
    }

    [StoreFact]
    public void ACopyChangedAfterItWasSavedIsNotChangedInTheStore()
    {
        var copy = Copy(1, "kept");
        Live.Save(copy);

        copy.Files[0].Text = "подменён";

        Assert.Equal("kept", Live.Copy()!.Files[0].Text);
    }

    [StoreFact]
    public void TheRegressionSetKeepsTheOrderItWasAddedIn()
    {
        Live.AddToRegressionSet([Item("как открыть ип", "register_sole_proprietor"), Item("какая погода", "oos")]);
        Live.AddToRegressionSet([Item("жк ашу", "register_sole_proprietor", "kk")]);

        Assert.Equal(["как открыть ип", "какая погода", "жк ашу"], Live.RegressionSet().Select(i => i.Text));
        Assert.Equal("kk", Live.RegressionSet()[2].Language);
    }

    private static LiveKnowledgeCopy Copy(long version, string text) =>
        new() { Version = version, Edited = version > 1, ShippedHash = "abc", EditedFiles = ["faq/a.yaml"], Files = [new KnowledgeFile { Path = "faq/a.yaml", Text = text }] };

    private static KnowledgeChange Change(string intent, string? before, string after) => new()
    {
        At = new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero),
        Author = "editor1",
        Kind = KnowledgeChangeKinds.TopicEdited,
        IntentId = intent,
        Summary = "s",
        Before = before,
        After = after,
    };

    private static RegressionItem Item(string text, string intent, string language = "ru") => new() { Text = text, Intent = intent, Language = language };
}

public sealed class LiveKnowledgeContractOnLiteDb : LiveKnowledgeContract
{
    protected override StoreSet OpenStores() => StoreSet.OnLiteDb();
}

public sealed class LiveKnowledgeContractInMemory : LiveKnowledgeContract
{
    protected override StoreSet OpenStores() => StoreSet.InMemory();
}

public sealed class LiveKnowledgeContractOnPostgreSql : LiveKnowledgeContract
{
    protected override StoreSet OpenStores() => StoreSet.OnPostgreSql();
}
