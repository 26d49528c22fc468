using System.Text;

namespace ChatBot.Telegram.Rendering;

/// <summary>
/// Escaping for Telegram's HTML parse mode. Telegram knows only a few named entities, so only the
/// characters that would start markup are escaped (quotes too, for attribute values); letters stay as they are.
/// </summary>
internal static class TelegramHtml
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    public static int EscapedLength(string text)
    {
        var length = text.Length;
        foreach (var c in text)
        {
            length += c switch
            {
                '&' => 4,
                '<' or '>' => 3,
                '"' => 5,
                _ => 0,
            };
        }

        return length;
    }
}
