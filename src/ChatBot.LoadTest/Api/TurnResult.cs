namespace ChatBot.LoadTest.Api;

/// <summary>What one request came back with: the replies, or why there are none (an HTTP status or a transport failure).</summary>
/// <param name="Conversation">The conversation a start made.</param>
public sealed record TurnResult(IReadOnlyList<ChatReply> Replies, string? Error, WebConversation? Conversation = null)
{
    public bool Ok => Error is null;

    /// <summary>The last reply: the question a visitor answers next.</summary>
    public ChatReply? Last => Replies.Count > 0 ? Replies[^1] : null;

    public static TurnResult Failed(string error) => new([], error);
}
