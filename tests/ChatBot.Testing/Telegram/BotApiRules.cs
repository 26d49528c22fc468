using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatBot.Testing.Telegram;

/// <summary>
/// The checks Telegram makes on <c>sendMessage</c> that a bot can get wrong, with Telegram's own error texts:
/// text length, HTML that does not parse, callback data too long.
/// </summary>
internal static partial class BotApiRules
{
    private const int MaxTextLength = 4096;
    private const int MaxCallbackDataBytes = 64;

    /// <returns>Telegram's description of the first rule broken, or null.</returns>
    public static string? Check(JsonObject body)
    {
        var text = body["text"]?.GetValue<string>() ?? "";
        if (text.Trim().Length == 0)
        {
            return "Bad Request: message text is empty";
        }

        var html = string.Equals(body["parse_mode"]?.GetValue<string>(), "html", StringComparison.OrdinalIgnoreCase);
        if (html && !ParsesAsTelegramHtml(text))
        {
            return "Bad Request: can't parse entities: unsupported start tag or unescaped character";
        }

        var shown = html ? System.Net.WebUtility.HtmlDecode(Tag().Replace(text, "")) : text;
        if (shown.Length > MaxTextLength)
        {
            return "Bad Request: message is too long";
        }

        var buttons = body["reply_markup"]?["inline_keyboard"]?.AsArray().SelectMany(row => row!.AsArray()) ?? [];
        if (buttons.Any(b => b!["callback_data"] is { } data && Encoding.UTF8.GetByteCount(data.GetValue<string>()) > MaxCallbackDataBytes))
        {
            return "Bad Request: BUTTON_DATA_INVALID";
        }

        return null;
    }

    /// <summary>Every <c>&lt;</c> opens a tag Telegram knows and every <c>&amp;</c> an entity it knows.</summary>
    private static bool ParsesAsTelegramHtml(string text) =>
        Tag().Replace(text, "").IndexOf('<') < 0 && Tag().Replace(text, "").IndexOf('>') < 0 &&
        Ampersand().Matches(text).All(m => Entity().IsMatch(text[m.Index..]));

    [GeneratedRegex("</?(b|strong|i|em|u|ins|s|strike|del|a|code|pre|tg-spoiler|blockquote|span)( [^<>]*)?>")]
    private static partial Regex Tag();

    [GeneratedRegex("&")]
    private static partial Regex Ampersand();

    [GeneratedRegex("^&(lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+);")]
    private static partial Regex Entity();
}
