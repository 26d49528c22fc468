using System.Globalization;

namespace ChatBot.Core.Reports.Rendering;

/// <summary>RFC 4180 fields: quoted when they hold a comma, a quote or a line break; numbers with a dot.</summary>
internal static class Csv
{
    public static string Line(params IEnumerable<string> fields) => string.Join(',', fields.Select(Quote)) + "\n";

    public static string Number(double? value) => value is { } v ? ReportFigures.Format(v) : "";

    public static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
