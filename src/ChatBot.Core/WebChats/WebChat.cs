namespace ChatBot.Core.WebChats;

/// <summary>
/// What the web channel keeps about one of its chats: the hash of its access token (never the token). The replies to
/// its last message live on the conversation (<see cref="Conversations.Conversation.LastAnswer"/>), written with the turn.
/// </summary>
public sealed class WebChat
{
    /// <summary>The chat id, which the API shows as the conversation id.</summary>
    public string Id { get; set; } = "";

    /// <summary>SHA-256 of the token, hex.</summary>
    public string TokenHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
