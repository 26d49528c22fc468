using ChatBot.Storage.LiteDb;

namespace ChatBot.Web.Access;

/// <summary>The web chats in the service's LiteDB file, beside the conversations they open.</summary>
public sealed class LiteWebChats(ChatBotDatabase database) : IWebChats
{
    public void Add(WebChat chat) => database.Database.GetCollection<WebChat>(Collections.WebChats).Insert(chat);

    public WebChat? Find(string id) => database.Database.GetCollection<WebChat>(Collections.WebChats).FindById(id);

    public void Update(WebChat chat) => database.Database.GetCollection<WebChat>(Collections.WebChats).Update(chat);
}
