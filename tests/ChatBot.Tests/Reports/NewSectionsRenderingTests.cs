using System.IO.Compression;
using ChatBot.Core.Reports;
using ChatBot.Host.Reports.Document;
using ChatBot.Host.Reports.Html;
using ChatBot.Host.Reports.Rendering;
using ChatBot.Host.Reports.Xlsx;
using ChatBot.Testing.Reports;
using MiniExcelLibs;

namespace ChatBot.Tests.Reports;

/// <summary>The applications, announcements and knowledge review of the generated year in the workbook and the HTML.</summary>
public sealed class NewSectionsRenderingTests(GeneratedYearFixture generated) : IClassFixture<GeneratedYearFixture>
{
    [Fact]
    public async Task TheWorkbookHasTheApplicationsSheetWithItsChartAndOneRowPerApplication()
    {
        var report = generated.Builder().Build(ReportPeriod.Quarter(GeneratedYear.Year, 4), drillDown: ReportDrillDown.Applications);
        using var xlsx = new MemoryStream();
        await new XlsxReportRenderer().RenderAsync(report, xlsx);
        xlsx.Position = 0;

        var sheets = MiniExcel.GetSheetNames(xlsx);
        Assert.Equal(["Заявки", "Рассылки", "Актуальность базы знаний"], sheets.Skip(6).Take(3));
        Assert.Equal("Строки - заявки", sheets[^1]);
        var rows = xlsx.Query(useHeaderRow: true, sheetName: "Строки - заявки").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(report.Applications.Submitted, rows.Count);
        Assert.Equal(report.Rows!.Applications[0].Number, rows[0]["номер"]);
        var cells = xlsx.Query(useHeaderRow: false, sheetName: "Заявки").Cast<IDictionary<string, object?>>().SelectMany(r => r.Values).ToList();
        Assert.Contains("Юридическая консультация", cells);
        Assert.Contains("Подписчики по темам на дату отчёта", xlsx.Query(useHeaderRow: false, sheetName: "Рассылки").Cast<IDictionary<string, object?>>().SelectMany(r => r.Values));

        using var zip = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
        var charts = FunderReportDocument.From(report).Sections.SelectMany(s => s.Blocks).OfType<ReportChart>().Count();
        Assert.Equal(charts, zip.Entries.Count(e => e.FullName.StartsWith("xl/media/", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheHtmlHasTheThreeSectionsAndTheApplicationsChart()
    {
        var report = generated.Builder().Build(ReportPeriod.Month(GeneratedYear.Year, 11));
        var html = HtmlReport.Render(FunderReportDocument.From(report), FunderReportDocument.Branding(report.Header));

        Assert.Contains("id=\"applications\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"announcements\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"knowledge_review\"", html, StringComparison.Ordinal);
        Assert.Contains("Заявки по темам", html, StringComparison.Ordinal);
        Assert.Contains("Подписчиков сейчас", html, StringComparison.Ordinal);
    }
}
