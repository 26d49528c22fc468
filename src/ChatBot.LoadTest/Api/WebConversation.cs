namespace ChatBot.LoadTest.Api;

/// <summary>A conversation the generator started, with the token that opens it.</summary>
public sealed class WebConversation(string id, string token, string language)
{
    private int _messages;

    public string Id { get; } = id;

    public string Token { get; } = token;

    public string Language { get; } = language;

    /// <summary>The widget numbers its messages so that a retry is answered once; the generator does the same.</summary>
    public string NextMessageId() => "lt-" + (++_messages);
}
