using System.Globalization;
using System.Text;

namespace ChatBot.Resilience.Tests.Fuzz;

/// <summary>An input as a C# string literal a failure message can show and a test can paste: escaped, the middle of a long one cut.</summary>
internal static class Printable
{
    private const int Shown = 150;

    public static string Of(string? text) => text switch
    {
        null => "null",
        { Length: <= 2 * Shown } => Literal(text),
        _ => $"{Literal(text[..Shown])} + … + {Literal(text[^Shown..])} ({text.Length} characters)",
    };

    private static string Literal(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' || c is >= '\u007F' and <= '\u00A0' || c > '\u2000' =>
                    "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
