namespace ChatBot.Core.WebChats;

/// <summary>The web chats and their token hashes.</summary>
public interface IWebChats
{
    void Add(WebChat chat);

    WebChat? Find(string id);

    void Update(WebChat chat);
}
