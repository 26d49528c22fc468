using ChatBot.Storage.LiteDb;

namespace ChatBot.Web.Access;

/// <summary>The web chats in the service's LiteDB file, beside the conversations they open.</summary>
public sealed class LiteWebChats(ChatBotDatabase database) : IWebChats
{
    public const string Collection = "web_chats";

    public void Add(WebChat chat) => database.Database.GetCollection<WebChat>(Collection).Insert(chat);

    public WebChat? Find(string id) => database.Database.GetCollection<WebChat>(Collection).FindById(id);

    public void Update(WebChat chat) => database.Database.GetCollection<WebChat>(Collection).Update(chat);
}
