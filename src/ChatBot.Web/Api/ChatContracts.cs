using ChatBot.Core.Messages;

namespace ChatBot.Web.Api;

/// <summary>The body of <c>POST /api/chat/conversations</c>; optional.</summary>
/// <param name="Lang">"ru" (the default) or "kk": the language of the greeting and the conversation.</param>
/// <param name="Source">The page or campaign (the widget's <c>data-source</c>): 1-40 of a-z 0-9 _ -, anything else ignored.</param>
public sealed record StartConversationRequest(string? Lang, string? Source = null);

public sealed record StartConversationResponse(string ConversationId, string Token, IReadOnlyList<ChatMessage> Replies);

/// <summary>The body of <c>POST .../messages</c>: typed <paramref name="Text"/> or a pressed button's <paramref name="Payload"/>.</summary>
/// <param name="ClientMessageId">The client's own id of the message: sending it again is answered once.</param>
/// <param name="Source">As in <see cref="StartConversationRequest"/>.</param>
public sealed record SendMessageRequest(string? Text, string? Payload, string? ClientMessageId, string? Source = null);

/// <param name="Duplicate">The message had been received before: nothing new was done.</param>
public sealed record RepliesResponse(IReadOnlyList<ChatMessage> Replies, bool Duplicate);

/// <summary>The transcript, oldest first, and the event id to resume the live stream from.</summary>
public sealed record HistoryResponse(string ConversationId, string Lang, IReadOnlyList<ChatMessage> Messages, long LastEventId);

/// <summary>Opens the conversation's event stream as <c>?ticket=</c> until <paramref name="ExpiresAt"/>.</summary>
public sealed record StreamTicketResponse(string Ticket, DateTimeOffset ExpiresAt);

/// <summary>One message as the API shows it: a reply, an event of the live stream, or a line of the history.</summary>
/// <param name="From">"bot", "operator" or "user".</param>
/// <param name="Attachment">A file sent with the message (a calendar entry), offered by the widget as a download link.</param>
public sealed record ChatMessage(
    string From, string Text, IReadOnlyList<Button> Buttons, IReadOnlyList<Link> Links, DateTimeOffset At, ChatAttachment? Attachment = null)
{
    public static ChatMessage Of(OutgoingMessage message, DateTimeOffset at) =>
        new(Author(message.From), message.Text, message.Buttons, message.Links, at, ChatAttachment.Of(message.Attachment));

    public static string Author(MessageAuthor author) => author switch
    {
        MessageAuthor.Operator => "operator",
        MessageAuthor.User => "user",
        _ => "bot",
    };
}

/// <summary>
/// A file inside a message: small ones only (a calendar entry is about 1 KB), so it travels in the JSON as base64
/// and needs no second, separately authorised request; the widget turns it into a download link.
/// </summary>
/// <param name="Content">The bytes, base64-encoded.</param>
public sealed record ChatAttachment(string FileName, string MediaType, byte[] Content)
{
    public static ChatAttachment? Of(Attachment? attachment) =>
        attachment is null ? null : new(attachment.FileName, attachment.MediaType, attachment.Content);
}
