using ChatBot.Storage.LiteDb;
using LiteDB;

namespace ChatBot.Operators.Desk;

/// <summary>Ready answers in ru and kk that admins keep (collection <c>operator_canned</c>) and operators insert.</summary>
public sealed class CannedAnswers(ChatBotDatabase database)
{
    private ILiteCollection<CannedAnswer> Items => database.Database.GetCollection<CannedAnswer>(Collections.OperatorCanned);

    public IReadOnlyList<CannedAnswer> All() => Items.FindAll().OrderBy(c => c.Language).ThenBy(c => c.Title).ToList();

    public CannedAnswer Add(string language, string title, string text)
    {
        var item = new CannedAnswer { Language = language, Title = title, Text = text };
        Items.Insert(item);
        return item;
    }

    public bool Remove(long id) => Items.Delete(id);
}

public sealed class CannedAnswer
{
    public long Id { get; set; }

    /// <summary>"ru" or "kk".</summary>
    public string Language { get; set; } = "ru";

    public string Title { get; set; } = "";

    public string Text { get; set; } = "";
}
