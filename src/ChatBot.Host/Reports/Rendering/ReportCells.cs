using System.Globalization;

namespace ChatBot.Host.Reports.Rendering;

/// <summary>A cell as text in the funder's Russian conventions: a space between thousands, a comma before decimals.</summary>
public static class ReportCells
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static string Text(object? value, ColumnKind kind) => value switch
    {
        null => "—",
        string s => s,
        _ when kind == ColumnKind.Share => (Convert.ToDouble(value, CultureInfo.InvariantCulture) * 100).ToString("0.0", Russian) + " %",
        _ when kind == ColumnKind.Decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("0.0", Russian),
        int or long => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString("#,0", Russian),
        double d => d.ToString("#,0.##", Russian),
        IFormattable f => f.ToString(null, Russian),
        _ => value.ToString() ?? "",
    };

    public static bool IsNumeric(ColumnKind kind) => kind != ColumnKind.Text;
}
