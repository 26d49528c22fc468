using System.Globalization;
using System.Text;
using ChatBot.Core.Inbox;

namespace ChatBot.Operators.Inbox;

/// <summary>
/// The rows as CSV (RFC 4180, UTF-8 with a byte-order mark so that Excel reads Cyrillic): one line per row. A cell
/// that a spreadsheet would take for a formula (=, +, -, @) gets a leading apostrophe: users wrote these texts.
/// </summary>
internal static class InboxCsv
{
    private static readonly string[] Header =
        ["id", "language", "status", "count", "signals", "text", "spellings", "topics", "operator_answer", "first_at", "last_at", "last_action", "last_by", "last_at_action"];

    public static byte[] Write(IEnumerable<InboxGroup> groups)
    {
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var g in groups)
        {
            Line(csv, [
                g.Id.ToString(CultureInfo.InvariantCulture),
                g.Language,
                InboxNames.Of(g.Status),
                g.Count.ToString(CultureInfo.InvariantCulture),
                string.Join(" ", g.Signals.Select(s => $"{InboxNames.Of(s.Key)}:{s.Value}")),
                g.Text,
                string.Join(" | ", g.Spellings),
                string.Join(" ", g.Topics),
                g.OperatorAnswer ?? "",
                Time(g.FirstAt),
                Time(g.LastAt),
                g.LastStep?.Action ?? "",
                g.LastStep?.By ?? "",
                g.LastStep is { } step ? Time(step.At) : "",
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder csv, IEnumerable<string> cells) =>
        csv.Append(string.Join(",", cells.Select(Cell))).Append("\r\n");

    private static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
