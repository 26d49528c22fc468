namespace ChatBot.Core.Messages;

/// <summary>A reply in the transport's neutral form; each adapter renders it its own way.</summary>
public sealed record OutgoingMessage(
    string Text,
    IReadOnlyList<Button> Buttons,
    IReadOnlyList<Link> Links,
    MessageAuthor From = MessageAuthor.Bot,
    Attachment? Attachment = null)
{
    public static OutgoingMessage Plain(string text) => new(text, [], []);
}

/// <summary>A quick-reply button; pressing it sends <see cref="Payload"/> back as the next message.</summary>
public sealed record Button(string Title, string Payload);

public sealed record Link(string Title, string Url);

/// <summary>
/// A small file sent with a reply, such as a training's calendar entry: Telegram sends it as a document,
/// the widget offers it as a download link.
/// </summary>
public sealed record Attachment(string FileName, string MediaType, byte[] Content);

public enum MessageAuthor
{
    User,
    Bot,
    Operator,
}
