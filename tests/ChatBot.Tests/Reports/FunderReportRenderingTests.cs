using System.Diagnostics;
using System.IO.Compression;
using ChatBot.Core.Reports;
using ChatBot.Host.Reports.Document;
using ChatBot.Host.Reports.Html;
using ChatBot.Host.Reports.Rendering;
using ChatBot.Host.Reports.Xlsx;
using ChatBot.Testing.Reports;
using MiniExcelLibs;
using Xunit.Abstractions;

namespace ChatBot.Tests.Reports;

/// <summary>A made-up year of activity (over 30,000 sessions) through the document and both renderers.</summary>
public sealed class FunderReportRenderingTests(ITestOutputHelper output)
{
    private static readonly FunderReport Year = SampleFunderReport.Create(ReportPeriod.Year(2026));

    [Fact]
    public async Task AYearRendersToHtmlAndXlsxInSecondsAndThePrintedFiguresSaySo()
    {
        Assert.True(Year.Sessions.Sessions > 30_000, $"{Year.Sessions.Sessions} sessions");
        var clock = Stopwatch.StartNew();
        using var html = new MemoryStream();
        await new HtmlReportRenderer().RenderAsync(Year, html);
        var htmlTime = clock.Elapsed;
        clock.Restart();
        using var xlsx = new MemoryStream();
        await new XlsxReportRenderer().RenderAsync(Year, xlsx);

        output.WriteLine($"a year of {Year.Sessions.Sessions:N0} sessions: HTML {html.Length / 1024:N0} KB in {htmlTime.TotalSeconds:F2} s, " +
            $"XLSX {xlsx.Length / 1024:N0} KB with {Year.Rows!.Sessions.Count:N0} drill-down rows in {clock.Elapsed.TotalSeconds:F2} s");
        Assert.True(html.Length > 50_000);
    }

    [Fact]
    public void TheYearsDocumentHasEverySectionTheContractAsksFor()
    {
        var document = FunderReportDocument.From(Year);

        Assert.Equal(
            ["sessions", "outcomes", "topics", "handoffs", "survey", "trainings", "applications", "announcements", "knowledge_review", "data_protection"],
            document.Sections.Select(s => s.Key));
        Assert.Equal("2026 год", document.PeriodLabel);
        Assert.Contains(document.Sections[0].Blocks, b => b is ReportChart { Key: "by_month", Categories.Count: 12 });
    }

    [Fact]
    public void TheOutcomeTableTotalIsAHundredPercent()
    {
        var table = FunderReportDocument.From(Year).Sections.Single(s => s.Key == "outcomes").Blocks.OfType<ReportTable>().Single();

        var total = table.Rows[^1];
        Assert.Equal("Всего", total[0]);
        Assert.Equal(1.0, (double)total[2]!, precision: 9);
        Assert.Equal(Year.Sessions.Sessions, total[1]);
    }

    [Fact]
    public async Task TheYearsWorkbookReadsBackWithASheetPerSectionTheSessionRowsAndEveryChartAsAPicture()
    {
        using var xlsx = new MemoryStream();
        await new XlsxReportRenderer().RenderAsync(Year, xlsx);
        xlsx.Position = 0;

        Assert.Equal(
            [
                "Обращения", "Чем закончились обращения", "Темы и непонятые вопросы", "Передачи консультантам", "Опрос предпринимателей", "Обучение", "Заявки", "Рассылки",
                "Актуальность базы знаний", "Защита персональных данных", "Строки - сессии",
            ],
            MiniExcel.GetSheetNames(xlsx));
        Assert.Equal(Year.Sessions.Sessions, xlsx.Query(useHeaderRow: true, sheetName: "Строки - сессии").Count());
        var charts = FunderReportDocument.From(Year).Sections.SelectMany(s => s.Blocks).OfType<ReportChart>().Count();
        using var zip = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
        Assert.Equal(charts, zip.Entries.Count(e => e.FullName.StartsWith("xl/media/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TheSameDataRegeneratedLaterIsTheSameHtmlButForTheGenerationLine()
    {
        var later = Year with { Header = Year.Header with { GeneratedAt = Year.Header.GeneratedAt.AddDays(2) } };
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        await new HtmlReportRenderer().RenderAsync(Year, first);
        await new HtmlReportRenderer().RenderAsync(later, second);

        var a = System.Text.Encoding.UTF8.GetString(first.ToArray()).Split('\n');
        var b = System.Text.Encoding.UTF8.GetString(second.ToArray()).Split('\n');
        Assert.Equal(a.Length, b.Length);
        Assert.Equal(["<div class=\"generated\">"], a.Zip(b).Where(p => p.First != p.Second).Select(p => p.First[..23]));
    }
}
