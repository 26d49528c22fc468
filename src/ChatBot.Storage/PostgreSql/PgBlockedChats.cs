using ChatBot.Core.Messages;
using ChatBot.Core.Storage;

namespace ChatBot.Storage.PostgreSql;

/// <summary>Chats whose user blocked the bot (table <c>blocked_chats</c>: the chat and since when).</summary>
public sealed class PgBlockedChats(PgDatabase database) : IBlockedChats
{
    public bool IsBlocked(string channel, string chatId) => database.Run(session =>
    {
        using var command = session.Command("select 1 from blocked_chats where id = @id");
        command.Parameters.AddWithValue("id", ConversationIds.Of(channel, chatId));
        return command.ExecuteScalar() is not null;
    });

    public void MarkBlocked(string channel, string chatId, DateTimeOffset at) => database.Run(session =>
    {
        using var command = session.Command("insert into blocked_chats (id, at) values (@id, @at) on conflict (id) do update set at = excluded.at");
        command.Parameters.AddWithValue("id", ConversationIds.Of(channel, chatId));
        command.Parameters.AddWithValue("at", at.ToUniversalTime());
        return command.ExecuteNonQuery();
    });

    public void Unblock(string channel, string chatId) => database.Run(session =>
    {
        using var command = session.Command("delete from blocked_chats where id = @id");
        command.Parameters.AddWithValue("id", ConversationIds.Of(channel, chatId));
        return command.ExecuteNonQuery();
    });
}
