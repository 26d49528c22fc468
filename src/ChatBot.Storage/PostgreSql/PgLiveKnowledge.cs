using ChatBot.Core.Editing;
using ChatBot.Storage.LiteDb;
using LiteDB;
using NpgsqlTypes;

namespace ChatBot.Storage.PostgreSql;

/// <summary>
/// The live knowledge (table <c>knowledge</c>, one row), its changes (<c>knowledge_changes</c>, numbered by the table's
/// sequence) and the regression set (<c>knowledge_regression</c>, in the order of its ids).
/// </summary>
public sealed class PgLiveKnowledge(PgDatabase database) : ILiveKnowledgeStore
{
    private PgCollection<KnowledgeChange> ChangeLog => database.Tables.KnowledgeChanges;

    private PgCollection<RegressionItem> Regression => database.Tables.KnowledgeRegression;

    public LiveKnowledgeCopy? Copy() => database.Run(session =>
    {
        using var command = session.Command("select doc::text from knowledge where id = @id");
        command.Parameters.AddWithValue("id", LiveKnowledgeCopy.TheCopy);
        return command.ExecuteScalar() is string json ? LiveKnowledgeDocument.Read(JsonSerializer.Deserialize(json).AsDocument) : null;
    });

    public void Save(LiveKnowledgeCopy copy, KnowledgeChange? change = null) => database.InTransaction(session =>
    {
        using var command = session.Command("insert into knowledge (id, doc) values (@id, @doc) on conflict (id) do update set doc = excluded.doc");
        command.Parameters.AddWithValue("id", copy.Id);
        command.Parameters.AddWithValue("doc", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(LiveKnowledgeDocument.Write(copy)));
        command.ExecuteNonQuery();
        if (change is not null)
        {
            ChangeLog.Insert(change);
        }
    });

    public IReadOnlyList<KnowledgeChange> Changes(string? intentId = null, int limit = 100) => intentId is null
        ? ChangeLog.Find("order by id desc limit @limit", ("limit", limit))
        : ChangeLog.Find("where intent_id = @intent order by id desc limit @limit", ("intent", intentId), ("limit", limit));

    public KnowledgeChange? FindChange(long id) => ChangeLog.FindById(id);

    public IReadOnlyList<RegressionItem> RegressionSet() => Regression.Find("order by id");

    public void AddToRegressionSet(IEnumerable<RegressionItem> items)
    {
        var list = items.ToList();
        database.InTransaction(_ => list.ForEach(Regression.Insert));
    }
}
