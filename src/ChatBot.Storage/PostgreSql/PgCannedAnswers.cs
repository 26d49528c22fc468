using ChatBot.Core.Operators;

namespace ChatBot.Storage.PostgreSql;

/// <summary>The canned answers (table <c>operator_canned</c>).</summary>
public sealed class PgCannedAnswers(PgDatabase database) : ICannedAnswers
{
    private PgCollection<CannedAnswer> Items => database.Tables.OperatorCanned;

    // Ordered here, as the LiteDB store orders them, so that both sort titles by the same rules.
    public IReadOnlyList<CannedAnswer> All() => Items.Find("").OrderBy(c => c.Language).ThenBy(c => c.Title).ToList();

    public void Add(CannedAnswer answer) => Items.Insert(answer);

    public bool Remove(long id) => Items.Delete(id);
}
