using System.Text.RegularExpressions;

namespace ChatBot.Host.Reports.Html;

/// <summary>
/// A chart's SVG made fit to sit inline in a page among others: a viewBox so that it scales with
/// the page, and its ids (clip paths) prefixed, since two charts' "clip1" on one page would clip each other.
/// </summary>
internal static partial class SvgForPage
{
    public static string Inline(string svg, string prefix)
    {
        var body = Ids().Replace(svg, m => $"{m.Groups[1].Value}=\"{prefix}-{m.Groups[2].Value}\"");
        body = References().Replace(body, m => $"url(#{prefix}-{m.Groups[1].Value})");
        body = Hrefs().Replace(body, m => $"{m.Groups[1].Value}=\"#{prefix}-{m.Groups[2].Value}\"");
        if (!body.Contains("viewBox", StringComparison.Ordinal) && Size().Match(body) is { Success: true } size)
        {
            body = $"<svg viewBox=\"0 0 {size.Groups[1].Value} {size.Groups[2].Value}\"{body[4..]}";
        }

        return body;
    }

    [GeneratedRegex("\\b(id)=\"([^\"]+)\"")]
    private static partial Regex Ids();

    [GeneratedRegex("url\\(#([^)]+)\\)")]
    private static partial Regex References();

    [GeneratedRegex("\\b((?:xlink:)?href)=\"#([^\"]+)\"")]
    private static partial Regex Hrefs();

    [GeneratedRegex("<svg[^>]*?\\bwidth=\"([0-9.]+)\"[^>]*?\\bheight=\"([0-9.]+)\"")]
    private static partial Regex Size();
}
