using ChatBot.Core.Messages;

namespace ChatBot.Telegram.Receiving;

/// <summary>What an update from Telegram asks of the bot.</summary>
internal abstract record TelegramInput
{
    /// <summary>A text message or a button press: a turn of the conversation.</summary>
    public sealed record Turn(IncomingMessage Message, long ChatId, string? CallbackQueryId) : TelegramInput;

    /// <summary>A photo, voice message, sticker, file or location in a private chat: the bot reads text only.</summary>
    public sealed record NotText(long ChatId, string UpdateId, Language LanguageHint) : TelegramInput;

    /// <summary>A message in a group: the bot talks in private chats only.</summary>
    public sealed record GroupChat(long ChatId, Language LanguageHint) : TelegramInput;

    /// <summary>Telegram's own notice that the user blocked the bot (<c>kicked</c>) or unblocked it.</summary>
    public sealed record BlockChanged(long ChatId, bool Blocked) : TelegramInput;

    /// <summary>Edited messages, channel posts and whatever else the bot does not act on.</summary>
    public sealed record Ignored : TelegramInput;
}
