using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Web.Widget;

/// <summary>
/// The demo page's Content-Security-Policy: scripts from this service only, its one inline style allowed by its
/// hash (computed from the page as built, so an edit of the style cannot go stale), and no other site may frame it.
/// The widget puts its own styles in a constructed style sheet, which a policy does not govern, so the same widget
/// also works on a portal with a strict policy of its own.
/// </summary>
internal static partial class DemoPagePolicy
{
    public static string For(string html)
    {
        var styles = string.Concat(InlineStyles().Matches(html).Select(m => $" 'sha256-{Hash(m.Groups[1].Value)}'"));
        return "default-src 'none'; script-src 'self'; style-src 'self'" + styles + "; connect-src 'self'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    private static string Hash(string style) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)));

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex InlineStyles();
}
