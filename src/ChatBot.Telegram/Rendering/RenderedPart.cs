using ChatBot.Core.Messages;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Rendering;

/// <summary>
/// One Telegram message of a reply: escaped HTML and, on the last text part only, the keyboard; or, after the
/// text, the reply's attachment as a document.
/// </summary>
internal sealed record RenderedPart(string Html, InlineKeyboardMarkup? Keyboard, Attachment? Document = null);
