namespace ChatBot.Core.Messages;

/// <summary>
/// One message from a user, as every channel adapter hands it to the engine:
/// either typed text or the payload of a button the bot sent.
/// </summary>
/// <param name="Channel">One of <see cref="Channels"/>.</param>
/// <param name="ChatId">The chat within the channel; with the channel it names the conversation.</param>
/// <param name="PlatformMessageId">The platform's own id, used to drop a message delivered twice.</param>
/// <param name="AnsweredInResponse">
/// The channel returns the turn's replies in its response (the web chat's POST): nothing is queued in the outbox; the
/// replies are kept, in the turn's one transaction, in the transcript and as
/// <see cref="Conversations.Conversation.LastAnswer"/> for a retried request.
/// </param>
/// <param name="Source">The traffic source the channel saw (the widget's <c>data-source</c>); checked by the engine.</param>
/// <param name="File">A document or photo the user sent, with no text.</param>
public sealed record IncomingMessage(
    string Channel,
    string ChatId,
    string? Text,
    string? Payload,
    string? PlatformMessageId,
    DateTimeOffset ReceivedAt,
    string? UserId = null,
    Language? LanguageHint = null,
    bool AnsweredInResponse = false,
    string? Source = null,
    IncomingFile? File = null)
{
    public string ConversationId => ConversationIds.Of(Channel, ChatId);

    public static IncomingMessage FromText(string channel, string chatId, string text, DateTimeOffset at, string? messageId = null) =>
        new(channel, chatId, text, null, messageId, at);

    public static IncomingMessage FromButton(string channel, string chatId, string payload, DateTimeOffset at, string? messageId = null) =>
        new(channel, chatId, null, payload, messageId, at);
}

public static class ConversationIds
{
    public static string Of(string channel, string chatId) => $"{channel}:{chatId}";
}
