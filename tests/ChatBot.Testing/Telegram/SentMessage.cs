using System.Text.Json.Nodes;

namespace ChatBot.Testing.Telegram;

/// <summary>
/// A message the bot delivered (the fake answered it with 200), as the user's Telegram app shows it: text with
/// buttons, or a document (<c>sendDocument</c>) whose text is its caption.
/// </summary>
public sealed record SentMessage(long ChatId, int MessageId, string Text, string? ParseMode, IReadOnlyList<SentButton> Buttons, SentDocument? Document = null)
{
    public SentButton Button(string text) =>
        Buttons.FirstOrDefault(b => b.Text == text)
        ?? throw new Xunit.Sdk.XunitException($"no button '{text}' under: {this}");

    public override string ToString() => Document is { } document ? $"document {document.FileName} ({document.Content.Length} bytes)" :
        $"\"{Text}\" [{string.Join(" | ", Buttons.Select(b => b.Text + "→" + (b.CallbackData ?? b.Url)))}]";

    /// <summary>The text as the user's app shows it: HTML with its tags and entities resolved.</summary>
    public string Shown => string.Equals(ParseMode, "html", StringComparison.OrdinalIgnoreCase)
        ? System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(Text, "<[^<>]+>", ""))
        : Text;

    internal static IReadOnlyList<SentButton> ButtonsOf(JsonObject body) =>
        body["reply_markup"]?["inline_keyboard"]?.AsArray()
            .SelectMany(row => row!.AsArray())
            .Select(b => new SentButton(
                b!["text"]!.GetValue<string>(),
                b["callback_data"]?.GetValue<string>(),
                b["url"]?.GetValue<string>()))
            .ToList() ?? [];

    internal static SentMessage From(JsonObject body, int messageId)
    {
        var buttons = ButtonsOf(body);
        return new SentMessage(
            long.Parse(body["chat_id"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture),
            messageId,
            body["text"]!.GetValue<string>(),
            body["parse_mode"]?.GetValue<string>(),
            buttons);
    }
}

/// <summary>An inline keyboard button: a callback button or a link.</summary>
public sealed record SentButton(string Text, string? CallbackData, string? Url);

/// <summary>A file uploaded with <c>sendDocument</c>: the name and the bytes the user receives.</summary>
public sealed record SentDocument(string FileName, byte[] Content);
