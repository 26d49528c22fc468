using System.Text.RegularExpressions;

namespace ChatBot.Host.Reports.Charts;

/// <summary>
/// Skia names an SVG's clip paths from a counter that runs for the whole process, so the same chart drawn twice
/// differs; numbered again in order of appearance, the same chart is the same text (and the report the same bytes).
/// </summary>
internal static partial class SvgIds
{
    public static string Renumbered(string svg)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var body = start > 0 ? svg[start..] : svg;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match id in Ids().Matches(body))
        {
            names.TryAdd(id.Groups[1].Value, "c" + (names.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return names.Count == 0 ? body : References().Replace(body, m =>
            names.TryGetValue(m.Groups["name"].Value, out var renamed) ? m.Value.Replace(m.Groups["name"].Value, renamed, StringComparison.Ordinal) : m.Value);
    }

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex Ids();

    [GeneratedRegex("(?:\\bid=\"|url\\(#|href=\"#)(?<name>[^\")]+)")]
    private static partial Regex References();
}
