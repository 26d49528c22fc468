using ChatBot.Core.Messages;
using ChatBot.Core.Privacy;

namespace ChatBot.Core.Conversations;

/// <summary>
/// A reply committed with its turn and not yet confirmed as delivered; a crash after the commit
/// re-sends it from here.
/// </summary>
public sealed class OutboxItem
{
    public long Id { get; set; }

    public string ConversationId { get; set; } = "";

    public string Channel { get; set; } = "";

    public string ChatId { get; set; } = "";

    [Personal]
    public OutgoingMessage Message { get; set; } = OutgoingMessage.Plain("");

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>How many parts of a reply split for its channel were already delivered.</summary>
    public int DeliveredParts { get; set; }

    /// <summary>Set when the item can never be delivered; it leaves the pending list with its reason.</summary>
    public DateTimeOffset? DroppedAt { get; set; }

    public string? DropReason { get; set; }

    /// <summary>How the drop reason of an item begins when the user blocked the bot (the channel's words follow).</summary>
    public const string BlockedReason = "the user blocked the bot";

    /// <summary>The one way a message is queued for a chat: a turn's reply, an operator's, a notice or an invitation.</summary>
    public static OutboxItem For(string conversationId, string channel, string chatId, OutgoingMessage message, DateTimeOffset now) => new()
    {
        ConversationId = conversationId,
        Channel = channel,
        ChatId = chatId,
        Message = message,
        CreatedAt = now,
    };

    /// <summary>A message for <paramref name="conversation"/>'s chat.</summary>
    public static OutboxItem For(Conversation conversation, OutgoingMessage message, DateTimeOffset now) =>
        For(conversation.Id, conversation.Channel, conversation.ChatId, message, now);
}
