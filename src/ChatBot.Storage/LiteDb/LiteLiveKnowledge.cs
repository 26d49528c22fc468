using ChatBot.Core.Editing;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// The live knowledge (collection <c>knowledge</c>, one document), its changes (<c>knowledge_changes</c>) and the
/// regression set (<c>knowledge_regression</c>).
/// </summary>
public sealed class LiteLiveKnowledge(ChatBotDatabase database) : ILiveKnowledgeStore
{
    // The copy is mapped by hand (LiveKnowledgeDocument).
    private ILiteCollection<BsonDocument> Copies => database.Database.GetCollection(Collections.Knowledge);

    private ILiteCollection<KnowledgeChange> ChangeLog => database.Database.GetCollection<KnowledgeChange>(Collections.KnowledgeChanges);

    private ILiteCollection<RegressionItem> Regression => database.Database.GetCollection<RegressionItem>(Collections.KnowledgeRegression);

    public LiveKnowledgeCopy? Copy() => Copies.FindById(LiveKnowledgeCopy.TheCopy) is { } document ? LiveKnowledgeDocument.Read(document) : null;

    public void Save(LiveKnowledgeCopy copy, KnowledgeChange? change = null) => database.InTransaction(_ =>
    {
        Copies.Upsert(LiveKnowledgeDocument.Write(copy));
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
}
