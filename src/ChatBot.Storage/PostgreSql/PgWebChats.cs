using ChatBot.Core.WebChats;

namespace ChatBot.Storage.PostgreSql;

/// <summary>
/// The web chats (table <c>web_chats</c>). Unlike <c>LiteWebChats</c>, nothing found is kept in memory: a chat's token
/// hash changes through <see cref="Update"/>, which may run on another host, and a hash kept here would then let the
/// old token in (or keep the new one out) on this host until it let go of it. The part that never changes, the id and
/// its creation time, is too little to spare a read: the read is one lookup by primary key (docs/postgresql.md).
/// </summary>
public sealed class PgWebChats(PgDatabase database) : IWebChats
{
    private PgCollection<WebChat> Chats => database.Tables.WebChats;

    /// <summary>Fails on the key when the id is taken, and the chat stored first stays.</summary>
    public void Add(WebChat chat) => Chats.Insert(chat);

    public WebChat? Find(string id) => Chats.FindById(id);

    public void Update(WebChat chat) => Chats.Update(chat);
}
