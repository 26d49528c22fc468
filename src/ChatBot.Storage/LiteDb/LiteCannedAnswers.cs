using ChatBot.Core.Operators;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>The canned answers (collection <c>operator_canned</c>).</summary>
public sealed class LiteCannedAnswers(ChatBotDatabase database) : ICannedAnswers
{
    private ILiteCollection<CannedAnswer> Items => database.Database.GetCollection<CannedAnswer>(Collections.OperatorCanned);

    public IReadOnlyList<CannedAnswer> All() => Items.FindAll().OrderBy(c => c.Language).ThenBy(c => c.Title).ToList();

    public void Add(CannedAnswer answer) => Items.Insert(answer);

    public bool Remove(long id) => Items.Delete(id);
}
