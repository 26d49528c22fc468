using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;
using ChatBot.Core.Privacy;
using ChatBot.Core.Storage;

namespace ChatBot.Tests.Contracts;

/// <summary>Conversations, turns and messages built for the contracts.</summary>
internal static class Samples
{
    /// <summary>A whole second in UTC: what both stores give back unchanged.</summary>
    public static readonly DateTimeOffset At = new(2026, 3, 2, 4, 0, 0, TimeSpan.Zero);

    public static Conversation Conversation(string chatId, string channel = "telegram") => new()
    {
        Id = ConversationIds.Of(channel, chatId),
        Channel = channel,
        ChatId = chatId,
        CreatedAt = At,
        UpdatedAt = At,
    };

    /// <summary>A turn that writes the conversation and nothing else; add the rest with <c>with</c>.</summary>
    public static TurnRecord Turn(Conversation conversation, string? messageId = null) => new(conversation, messageId, [], [], [], []);

    /// <summary>A confirmed /forget: a turn that erases every kind of personal record of the conversation.</summary>
    public static TurnRecord Forgetting(Conversation conversation) => Turn(conversation) with { Erasure = Erasure.Everything };

    public static OutboxItem Reply(Conversation conversation, string text) => OutboxItem.For(conversation, OutgoingMessage.Plain(text), At);

    public static TranscriptEntry Line(Conversation conversation, string text) =>
        TranscriptEntry.Outbound(conversation.Id, OutgoingMessage.Plain(text), At);

    public static UnansweredQuestion Question(Conversation conversation, string text) => new()
    {
        ConversationId = conversation.Id,
        Text = text,
        Language = "ru",
        Guesses = ["tax.regime:0.31", "ip.open:0.22"],
        At = At,
    };
}
