namespace ChatBot.Core.Messages;

/// <summary>A reply in the transport's neutral form; each adapter renders it its own way.</summary>
public sealed record OutgoingMessage(
    string Text,
    IReadOnlyList<Button> Buttons,
    IReadOnlyList<Link> Links,
    MessageAuthor From = MessageAuthor.Bot)
{
    public static OutgoingMessage Plain(string text) => new(text, [], []);
}

/// <summary>A quick-reply button; pressing it sends <see cref="Payload"/> back as the next message.</summary>
public sealed record Button(string Title, string Payload);

public sealed record Link(string Title, string Url);

public enum MessageAuthor
{
    User,
    Bot,
    Operator,
}
