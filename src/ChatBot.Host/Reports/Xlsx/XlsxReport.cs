using ChatBot.Host.Reports.Charts;
using ChatBot.Host.Reports.Rendering;
using MiniExcelLibs;
using MiniExcelLibs.Picture;

namespace ChatBot.Host.Reports.Xlsx;

/// <summary>
/// The report as a workbook: a sheet per section (its figures and tables one under another, its charts as pictures
/// beside them) and a sheet per drill-down table with one row per session or response, so every total can be checked.
/// Numbers stay numbers; shares are written as percentages with one decimal.
/// </summary>
public static class XlsxReport
{
    /// <summary>The column the charts start in, right of the widest section table.</summary>
    private const string ChartColumn = "H";

    /// <summary>Rows of the sheet one chart covers (at the default 20 px a row), plus a gap.</summary>
    private const int PixelsPerRow = 20;

    public static void Write(ReportDocument document, ReportBranding branding, Stream output)
    {
        var names = new SheetNames();
        var sheets = new Dictionary<string, object>();
        var pictures = new List<MiniExcelPicture>();
        foreach (var section in document.Sections)
        {
            var name = names.For(section.Title);
            sheets[name] = SheetRows.Even(SectionSheet.Rows(section, branding, document));
            pictures.AddRange(Pictures(section, name));
        }

        foreach (var table in document.DrillDowns)
        {
            sheets[names.For(table.Caption)] = SheetRows.Even(SheetRows.Table(table, withCaption: false));
        }

        using var workbook = new MemoryStream();
        workbook.SaveAs(sheets, printHeader: false);
        if (pictures.Count > 0)
        {
            workbook.Position = 0;
            MiniExcel.AddPicture(workbook, [.. pictures]);
        }

        workbook.Position = 0;
        workbook.CopyTo(output);
    }

    private static IEnumerable<MiniExcelPicture> Pictures(ReportSection section, string sheet)
    {
        var row = 1;
        foreach (var chart in section.Blocks.OfType<ReportChart>())
        {
            var width = ChartPainter.Width;
            var height = ChartPainter.HeightFor(chart);
            yield return new MiniExcelPicture
            {
                ImageBytes = ChartPainter.Png(chart, width, height),
                PictureType = "image/png",
                SheetName = sheet,
                CellAddress = ChartColumn + row.ToString(System.Globalization.CultureInfo.InvariantCulture),
                WidthPx = width,
                HeightPx = height,
            };
            row += (height / PixelsPerRow) + 2;
        }
    }
}
