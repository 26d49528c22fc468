using System.Collections.Concurrent;
using ChatBot.Core.WebChats;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// The web chats (collection <c>web_chats</c>), beside the conversations they open. Every request of the web chat
/// opens its chat first, and a chat never changes once made but through <see cref="Update"/>: the chats found are
/// kept in memory, so that a turn does not read the encrypted file for them (a twelfth of a turn's CPU,
/// docs/benchmarks.md). At most <see cref="MostKept"/> are kept (a few MB); when full, the keeping starts over and the
/// chats in use come back at their next request. A chat not found is not kept, so unknown ids cannot fill it.
/// </summary>
public sealed class LiteWebChats(ChatBotDatabase database) : IWebChats
{
    public const int MostKept = 20_000;

    private readonly ConcurrentDictionary<string, WebChat> _kept = new(StringComparer.Ordinal);

    // Orders a read of the file that will be kept against an update, so that what is kept is never older than the file.
    private readonly Lock _reading = new();

    public void Add(WebChat chat) => database.Database.GetCollection<WebChat>(Collections.WebChats).Insert(chat);

    public WebChat? Find(string id)
    {
        if (_kept.TryGetValue(id, out var kept))
        {
            return Copy(kept);
        }

        lock (_reading)
        {
            var chat = database.Database.GetCollection<WebChat>(Collections.WebChats).FindById(id);
            if (chat is not null)
            {
                Keep(Copy(chat));
            }

            return chat;
        }
    }

    public void Update(WebChat chat)
    {
        lock (_reading)
        {
            _kept.TryRemove(chat.Id, out _);
            database.Database.GetCollection<WebChat>(Collections.WebChats).Update(chat);
        }
    }

    private void Keep(WebChat chat)
    {
        if (_kept.Count >= MostKept)
        {
            _kept.Clear();
        }

        _kept[chat.Id] = chat;
    }

    // What a caller changes in a chat it found is not kept, as it is not stored.
    private static WebChat Copy(WebChat chat) => new() { Id = chat.Id, TokenHash = chat.TokenHash, CreatedAt = chat.CreatedAt };
}
