using System.Text.RegularExpressions;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing;
using LiteDB;

namespace ChatBot.Tests.Storage;

/// <summary>Every collection exists before the first request, so no request ever creates one (docs/storage.md).</summary>
public sealed partial class CollectionsTests
{
    [Fact]
    public void AFreshFileHasEveryCollectionAndNoPlaceholderLeftInThem()
    {
        using var folder = new TemporaryFolder();
        using var database = new ChatBotDatabase(folder.File(ChatBotDatabase.FileName), "secret");

        Assert.Subset(database.Database.GetCollectionNames().ToHashSet(), Collections.All.ToHashSet());
        Assert.All(Collections.All.Except([Collections.Meta]), name => Assert.Equal(0, database.Database.GetCollection(name).Count()));

        // The meta collection holds one record: the key the file's personal fields are sealed under.
        Assert.Equal(["sealing"], database.Database.GetCollection(Collections.Meta).FindAll().Select(d => d["_id"].AsString));
    }

    [Fact]
    public void AFileFromBeforeACollectionWasAddedGetsItWhenOpened()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File(ChatBotDatabase.FileName);
        using (var old = new LiteDatabase(new ConnectionString { Filename = path, Password = "secret" }))
        {
            old.GetCollection("conversations").Insert(new BsonDocument { ["_id"] = "c1" });
        }

        using var database = new ChatBotDatabase(path, "secret");

        Assert.Subset(database.Database.GetCollectionNames().ToHashSet(), Collections.All.ToHashSet());
        Assert.Equal(1, database.Database.GetCollection(Collections.Conversations).Count());
    }

    [Fact]
    public void EverySourceFileNamesItsCollectionsThroughTheOneList()
    {
        var named = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => CollectionByLiteral().Matches(File.ReadAllText(file)).Select(m => $"{Path.GetFileName(file)}: {m.Value}"))
            .ToList();

        Assert.Empty(named);
    }

    [Fact]
    public void EveryTypeStoredInACollectionIsMappedAheadWhenTheServiceOpensTheFile()
    {
        var mapped = MappedAhead.StoredTypes.Select(t => t.Name).ToHashSet();
        var stored = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => StoredType().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value.Split('.')[^1]))
            .Where(name => name != "T")
            .ToHashSet();

        Assert.Subset(mapped, stored);
    }

    [GeneratedRegex(@"GetCollection<([A-Za-z.]+)>")]
    private static partial Regex StoredType();

    [GeneratedRegex(@"GetCollection(<[^>]*>)?\(\s*""")]
    private static partial Regex CollectionByLiteral();
}
