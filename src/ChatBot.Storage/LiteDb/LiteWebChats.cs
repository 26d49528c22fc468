using ChatBot.Core.WebChats;

namespace ChatBot.Storage.LiteDb;

/// <summary>The web chats (collection <c>web_chats</c>), beside the conversations they open.</summary>
public sealed class LiteWebChats(ChatBotDatabase database) : IWebChats
{
    public void Add(WebChat chat) => database.Database.GetCollection<WebChat>(Collections.WebChats).Insert(chat);

    public WebChat? Find(string id) => database.Database.GetCollection<WebChat>(Collections.WebChats).FindById(id);

    public void Update(WebChat chat) => database.Database.GetCollection<WebChat>(Collections.WebChats).Update(chat);
}
