using ChatBot.Core.Messages;
using TelegramMessage = Telegram.Bot.Types.Message;

namespace ChatBot.Telegram.Receiving;

/// <summary>What an update from Telegram asks of the bot.</summary>
internal abstract record TelegramInput
{
    /// <summary>A text message or a button press: a turn of the conversation.</summary>
    /// <param name="PressedOn">For a press, the bot's message under which the button was, as Telegram sends it back.</param>
    public sealed record Turn(IncomingMessage Message, long ChatId, string? CallbackQueryId, TelegramMessage? PressedOn = null) : TelegramInput;

    /// <summary>A document or photo in a private chat: fetched when the conversation's form asks for files, then a turn.</summary>
    /// <param name="Message">The turn's message, its <see cref="IncomingMessage.File"/> not yet fetched.</param>
    public sealed record SentFile(IncomingMessage Message, long ChatId, string FileId) : TelegramInput;

    /// <summary>A voice message, sticker, video, location and the like in a private chat: the bot reads text only.</summary>
    public sealed record NotText(long ChatId, string UpdateId, Language LanguageHint) : TelegramInput;

    /// <summary>A message in a group: the bot talks in private chats only.</summary>
    public sealed record GroupChat(long ChatId, Language LanguageHint) : TelegramInput;

    /// <summary>Telegram's own notice that the user blocked the bot (<c>kicked</c>) or unblocked it.</summary>
    public sealed record BlockChanged(long ChatId, bool Blocked) : TelegramInput;

    /// <summary>An update without what Telegram always sends (a message's chat, a press's sender): skipped with a warning.</summary>
    /// <param name="Missing">What is missing, in words that quote nothing of the update.</param>
    public sealed record Malformed(string Missing) : TelegramInput;

    /// <summary>Edited messages, channel posts and whatever else the bot does not act on.</summary>
    public sealed record Ignored : TelegramInput;
}
