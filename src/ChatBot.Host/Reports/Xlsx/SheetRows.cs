using ChatBot.Host.Reports.Rendering;

namespace ChatBot.Host.Reports.Xlsx;

/// <summary>Rows for MiniExcel without its header line: each row a dictionary from column letter to value.</summary>
internal static class SheetRows
{
    public static Dictionary<string, object?> Row(params object?[] cells)
    {
        var row = new Dictionary<string, object?>();
        for (var i = 0; i < cells.Length; i++)
        {
            row[Column(i)] = cells[i];
        }

        return row;
    }

    public static Dictionary<string, object?> Blank() => Row("");

    /// <summary>Every row given the widest row's columns: MiniExcel takes a sheet's columns from its first row.</summary>
    public static List<Dictionary<string, object?>> Even(List<Dictionary<string, object?>> rows)
    {
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        foreach (var row in rows)
        {
            for (var i = row.Count; i < width; i++)
            {
                row[Column(i)] = null;
            }
        }

        return rows;
    }

    /// <summary>The table's caption (when wanted), its header and its rows; shares as percentages.</summary>
    public static List<Dictionary<string, object?>> Table(ReportTable table, bool withCaption)
    {
        var rows = new List<Dictionary<string, object?>>(table.Rows.Count + 2);
        if (withCaption)
        {
            rows.Add(Row(table.Caption));
        }

        rows.Add(Row([.. table.Columns.Select(c => c.Kind == ColumnKind.Share ? c.Title + ", %" : c.Title)]));
        foreach (var cells in table.Rows)
        {
            rows.Add(Row([.. table.Columns.Select((column, i) => Cell(i < cells.Count ? cells[i] : null, column.Kind))]));
        }

        return rows;
    }

    private static object? Cell(object? value, ColumnKind kind) => value switch
    {
        null => null,
        string s => s,
        _ when kind == ColumnKind.Share => Math.Round(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) * 100, 1),
        _ when kind == ColumnKind.Decimal => Math.Round(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), 1),
        _ => value,
    };

    private static string Column(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : Column((index / 26) - 1) + (char)('A' + (index % 26));
}
