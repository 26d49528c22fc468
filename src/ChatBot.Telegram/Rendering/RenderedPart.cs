using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Rendering;

/// <summary>One Telegram message of a reply: escaped HTML and, on the last part only, the keyboard.</summary>
internal sealed record RenderedPart(string Html, InlineKeyboardMarkup? Keyboard);
