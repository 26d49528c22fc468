namespace ChatBot.Testing.InMemory;

/// <summary>That a platform message of a conversation was handled; its id is conversation|message, as in LiteDB.</summary>
public sealed record ProcessedMessage(string Id, DateTimeOffset At)
{
    public static string Key(string conversationId, string messageId) => conversationId + "|" + messageId;
}

/// <summary>A chat whose user blocked the bot; its id is the conversation id.</summary>
public sealed record BlockedChat(string Id, DateTimeOffset At);
