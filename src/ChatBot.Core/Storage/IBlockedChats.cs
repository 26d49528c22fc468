namespace ChatBot.Core.Storage;

/// <summary>
/// Chats whose user blocked the bot: nothing is sent to them until the user writes again.
/// </summary>
public interface IBlockedChats
{
    bool IsBlocked(string channel, string chatId);

    void MarkBlocked(string channel, string chatId, DateTimeOffset at);

    /// <summary>The user wrote again, so the block was lifted.</summary>
    void Unblock(string channel, string chatId);
}
