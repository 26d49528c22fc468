using System.IO.Compression;
using ChatBot.Host.Reports.Rendering;
using ChatBot.Host.Reports.Xlsx;
using MiniExcelLibs;

namespace ChatBot.Tests.Reports;

public sealed class XlsxReportTests
{
    [Fact]
    public void TheWorkbookHasASheetPerSectionAndPerDrillDownTable()
    {
        var workbook = Write(SampleDocument.Create());

        Assert.Equal(["Обращения", "Темы", "Сессии"], MiniExcel.GetSheetNames(workbook));
    }

    [Fact]
    public void EachChartIsAPictureOnItsSectionsSheet()
    {
        var workbook = Write(SampleDocument.Create());

        using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        var media = zip.Entries.Where(e => e.FullName.StartsWith("xl/media/", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, media.Count);
        Assert.All(media, m => Assert.True(m.Length > 2_000, $"{m.FullName} is {m.Length} bytes"));
        Assert.Equal([1, 2, 0], new[] { 1, 2, 3 }.Select(sheet => PicturesOn(zip, sheet)));
    }

    [Fact]
    public void TablesReadBackWithTheirNumbersAndSharesAsPercentages()
    {
        var workbook = Write(SampleDocument.Create());

        var rows = workbook.Query(useHeaderRow: false, sheetName: "Обращения").Cast<IDictionary<string, object?>>().ToList();
        var russian = rows.Single(r => Equals(r["A"], "русский"));
        Assert.Equal(900d, Convert.ToDouble(russian["B"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(74.8d, Convert.ToDouble(russian["C"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(rows, r => Equals(r["C"], "Доля, %"));
    }

    [Fact]
    public void ADrillDownSheetHasItsHeaderAndOneRowPerRecord()
    {
        var workbook = Write(SampleDocument.Create());

        var rows = workbook.Query(useHeaderRow: true, sheetName: "Сессии").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["s-1", "s-2"], rows.Select(r => r["id"]));
        Assert.Equal("2026-11-30 23:30", rows[0]["дата"]);
    }

    [Fact]
    public void LongOrForbiddenSheetNamesAreMadeValidAndDistinct()
    {
        var names = new SheetNames();

        Assert.Equal("Опрос- ответы", names.For("Опрос: ответы"));
        Assert.Equal("Опрос- ответы (2)", names.For("Опрос: ответы"));
        Assert.Equal(31, names.For(new string('я', 40)).Length);
    }

    // The images the drawing of the n-th sheet refers to: sheet rels → drawing → the drawing's rels.
    private static int PicturesOn(ZipArchive zip, int sheet)
    {
        var rels = zip.GetEntry($"xl/worksheets/_rels/sheet{sheet}.xml.rels");
        var drawing = rels is null ? null : System.Text.RegularExpressions.Regex.Match(Read(zip, rels.FullName), "drawings/(drawing[0-9]+\\.xml)");
        if (drawing is not { Success: true })
        {
            return 0;
        }

        var drawingRels = zip.GetEntry($"xl/drawings/_rels/{drawing.Groups[1].Value}.rels");
        return drawingRels is null ? 0 : System.Text.RegularExpressions.Regex.Count(Read(zip, drawingRels.FullName), "relationships/image\"");
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)?.Open() ?? throw new InvalidOperationException("no " + name));
        return reader.ReadToEnd();
    }

    private static MemoryStream Write(ReportDocument document)
    {
        var stream = new MemoryStream();
        XlsxReport.Write(document, new ReportBranding("Палата"), stream);
        stream.Position = 0;
        return stream;
    }
}
