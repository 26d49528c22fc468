using ChatBot.Core.Messages;
using ChatBot.Core.Storage;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

public sealed class LiteBlockedChats(ChatBotDatabase database) : IBlockedChats
{
    private ILiteCollection<BsonDocument> Blocked => database.Database.GetCollection(Collections.BlockedChats);

    public bool IsBlocked(string channel, string chatId) => Blocked.FindById(ConversationIds.Of(channel, chatId)) is not null;

    public void MarkBlocked(string channel, string chatId, DateTimeOffset at) => Blocked.Upsert(new BsonDocument
    {
        ["_id"] = ConversationIds.Of(channel, chatId),
        ["at"] = at.UtcDateTime,
    });

    public void Unblock(string channel, string chatId) => Blocked.Delete(ConversationIds.Of(channel, chatId));
}
