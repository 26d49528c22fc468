using ChatBot.Core.Messages;
using ChatBot.Core.Privacy;

namespace ChatBot.Core.Conversations;

/// <summary>One line of a conversation's transcript, inbound or outbound.</summary>
public sealed class TranscriptEntry
{
    public long Id { get; set; }

    public string ConversationId { get; set; } = "";

    public MessageAuthor From { get; set; }

    [Personal]
    public string Text { get; set; } = "";

    public string? Payload { get; set; }

    public List<Button> Buttons { get; set; } = [];

    public List<Link> Links { get; set; } = [];

    /// <summary>A file sent with the message (a calendar entry), kept so that a reloaded widget still offers it.</summary>
    [Personal]
    public Attachment? Attachment { get; set; }

    public DateTimeOffset At { get; set; }

    public static TranscriptEntry Inbound(IncomingMessage message) => new()
    {
        ConversationId = message.ConversationId,
        From = MessageAuthor.User,
        // A file is named, not kept: its bytes go to the application, sealed once, not to every transcript line.
        Text = message.Text ?? (message.File is { } file ? "📎 " + file.FileName : ""),
        Payload = message.Payload,
        At = message.ReceivedAt,
    };

    public static TranscriptEntry Outbound(string conversationId, OutgoingMessage message, DateTimeOffset at) => new()
    {
        ConversationId = conversationId,
        From = message.From,
        Text = message.Text,
        Buttons = [.. message.Buttons],
        Links = [.. message.Links],
        Attachment = message.Attachment,
        At = at,
    };

    public OutgoingMessage ToMessage() => new(Text, Buttons, Links, From, Attachment);
}
