using ChatBot.Core.Editing;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// The live knowledge (collection <c>knowledge</c>, one document), its changes (<c>knowledge_changes</c>) and the
/// regression set (<c>knowledge_regression</c>).
/// </summary>
public sealed class LiteLiveKnowledge(ChatBotDatabase database) : ILiveKnowledgeStore
{
    // The copy is mapped by hand: the mapper trims strings, and a file's text is kept to the last newline.
    private ILiteCollection<BsonDocument> Copies => database.Database.GetCollection(Collections.Knowledge);

    private ILiteCollection<KnowledgeChange> ChangeLog => database.Database.GetCollection<KnowledgeChange>(Collections.KnowledgeChanges);

    private ILiteCollection<RegressionItem> Regression => database.Database.GetCollection<RegressionItem>(Collections.KnowledgeRegression);

    public LiveKnowledgeCopy? Copy() => Copies.FindById(LiveKnowledgeCopy.TheCopy) is { } document ? Read(document) : null;

    public void Save(LiveKnowledgeCopy copy, KnowledgeChange? change = null) => database.InTransaction(_ =>
    {
        Copies.Upsert(Write(copy));
        if (change is not null)
        {
            ChangeLog.Insert(change);
        }
    });

    public IReadOnlyList<KnowledgeChange> Changes(string? intentId = null, int limit = 100) =>
        (intentId is null ? ChangeLog.Query() : ChangeLog.Query().Where(c => c.IntentId == intentId))
            .OrderByDescending(c => c.Id).Limit(limit).ToList();

    public KnowledgeChange? FindChange(long id) => ChangeLog.FindById(id);

    public IReadOnlyList<RegressionItem> RegressionSet() => Regression.Query().OrderBy(i => i.Id).ToList();

    public void AddToRegressionSet(IEnumerable<RegressionItem> items)
    {
        var list = items.ToList();
        database.InTransaction(_ => Regression.InsertBulk(list));
    }

    private static BsonDocument Write(LiveKnowledgeCopy copy) => new()
    {
        ["_id"] = copy.Id,
        ["version"] = copy.Version,
        ["edited"] = copy.Edited,
        ["shipped"] = copy.ShippedHash,
        ["edited_files"] = new BsonArray(copy.EditedFiles.Select(f => new BsonValue(f))),
        ["files"] = new BsonArray(copy.Files.Select(f => new BsonDocument { ["path"] = f.Path, ["text"] = f.Text })),
    };

    private static LiveKnowledgeCopy Read(BsonDocument document) => new()
    {
        Id = document["_id"].AsString,
        Version = document["version"].AsInt64,
        Edited = document["edited"].AsBoolean,
        ShippedHash = document["shipped"].AsString ?? "",
        EditedFiles = document["edited_files"].IsArray ? document["edited_files"].AsArray.Select(f => f.AsString).ToList() : [],
        Files = document["files"].AsArray.Select(f => new KnowledgeFile { Path = f["path"].AsString, Text = f["text"].AsString ?? "" }).ToList(),
    };
}
