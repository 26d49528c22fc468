using ChatBot.Core.WebChats;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>LiteWebChats</c>: a chat id added twice is refused; an update of an unknown one adds nothing.</summary>
public sealed class InMemoryWebChats(InMemoryDatabase database) : IWebChats
{
    public void Add(WebChat chat) => database.InTransaction(t => t.WebChats.Insert(chat));

    public WebChat? Find(string id) => database.Read(t => t.WebChats.Find(id));

    public void Update(WebChat chat) => database.InTransaction(t => t.WebChats.Update(chat));
}
