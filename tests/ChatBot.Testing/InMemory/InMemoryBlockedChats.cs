using ChatBot.Core.Messages;
using ChatBot.Core.Storage;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>LiteBlockedChats</c>, keyed by conversation id.</summary>
public sealed class InMemoryBlockedChats(InMemoryDatabase database) : IBlockedChats
{
    public bool IsBlocked(string channel, string chatId) => database.Read(t => t.BlockedChats.Contains(ConversationIds.Of(channel, chatId)));

    public void MarkBlocked(string channel, string chatId, DateTimeOffset at) =>
        database.InTransaction(t => t.BlockedChats.Upsert(new BlockedChat(ConversationIds.Of(channel, chatId), at)));

    public void Unblock(string channel, string chatId) => database.InTransaction(t => t.BlockedChats.Delete(ConversationIds.Of(channel, chatId)));
}
