using ChatBot.Core.Operators;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>LiteCannedAnswers</c>.</summary>
public sealed class InMemoryCannedAnswers(InMemoryDatabase database) : ICannedAnswers
{
    // Sorted after reading, as LiteCannedAnswers sorts: by the culture's default comparison.
    public IReadOnlyList<CannedAnswer> All() =>
        database.Read(t => t.CannedAnswers.All().OrderBy(c => c.Language).ThenBy(c => c.Title).ToList());

    public void Add(CannedAnswer answer) => database.InTransaction(t => t.CannedAnswers.Insert(answer));

    public bool Remove(long id) => database.InTransaction(t => t.CannedAnswers.Delete(id));
}
