using System.Text;
using ChatBot.Core.Engine;
using ChatBot.Core.Messages;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Rendering;

/// <summary>
/// An <see cref="OutgoingMessage"/> as Telegram messages: HTML-escaped text split to fit, links as URL
/// buttons and quick replies as callback buttons, one per row because Russian and Kazakh titles are long; only 👍 and 👎
/// under an answer share a row, as Telegram users know such ratings.
/// An attachment follows the text as a document of its own, so a long text can still be split.
/// </summary>
internal static class TelegramRenderer
{
    /// <summary>Telegram refuses a callback button whose data is longer than this many bytes.</summary>
    public const int MaxCallbackDataBytes = 64;

    public static IReadOnlyList<RenderedPart> Render(OutgoingMessage message)
    {
        var texts = MessageSplitter.Split(message.Text);
        if (texts.Count == 0)
        {
            texts = ["…"];
        }

        var keyboard = Keyboard(message);
        var parts = texts
            .Select((text, index) => new RenderedPart(TelegramHtml.Escape(text), index == texts.Count - 1 ? keyboard : null))
            .ToList();
        if (message.Attachment is { } attachment)
        {
            parts.Add(new RenderedPart("", null, attachment));
        }

        return parts;
    }

    private static InlineKeyboardMarkup? Keyboard(OutgoingMessage message)
    {
        var rows = message.Links
            .Where(link => Uri.TryCreate(link.Url, UriKind.Absolute, out var url) && url.Scheme is "https" or "http")
            .Select(link => new[] { InlineKeyboardButton.WithUrl(link.Title, link.Url) })
            .Concat(message.Buttons
                .Where(button => Encoding.UTF8.GetByteCount(button.Payload) <= MaxCallbackDataBytes && !IsRating(button))
                .Select(button => new[] { InlineKeyboardButton.WithCallbackData(button.Title, button.Payload) }))
            .ToList();
        var ratings = message.Buttons
            .Where(button => Encoding.UTF8.GetByteCount(button.Payload) <= MaxCallbackDataBytes && IsRating(button))
            .Select(button => InlineKeyboardButton.WithCallbackData(button.Title, button.Payload))
            .ToArray();
        if (ratings.Length > 0)
        {
            rows.Add(ratings);
        }

        return rows.Count == 0 ? null : new InlineKeyboardMarkup(rows);
    }

    private static bool IsRating(Button button) => Payloads.TryRateUp(button.Payload, out _) || Payloads.TryRateDown(button.Payload, out _);
}
