using ChatBot.Core.Messages;

namespace ChatBot.Core.WebChats;

/// <summary>
/// What the web channel keeps about one of its chats: the hash of its access token (never the token) and the
/// replies to the last message, so that a client retrying it after a lost response gets the same answer.
/// </summary>
public sealed class WebChat
{
    /// <summary>The chat id, which the API shows as the conversation id.</summary>
    public string Id { get; set; } = "";

    /// <summary>SHA-256 of the token, hex.</summary>
    public string TokenHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string? LastClientMessageId { get; set; }

    public List<OutgoingMessage> LastReplies { get; set; } = [];

    public DateTimeOffset? LastRepliedAt { get; set; }
}
