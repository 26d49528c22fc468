using ChatBot.Core.Operators;
using ChatBot.Core.Reports;
using ChatBot.Host.Reports.Document;
using ChatBot.Host.Reports.Html;
using ChatBot.Testing.Reports;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ChatBot.Browser.Tests;

/// <summary>
/// The funder's report of a made-up year opened in Debian's Chromium, looked at on screen and as printed to A4, and
/// the console's reports page as an admin. Screenshots go to TestResults/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task TheHtmlReportOfAYearShowsEverySectionWithItsChartsAndPrintsToA4Pages()
    {
        var report = SampleFunderReport.Create(ReportPeriod.Year(2026));
        var html = HtmlReport.Render(FunderReportDocument.From(report), FunderReportDocument.Branding(report.Header));
        Directory.CreateDirectory(BrowserFixture.Screenshots);
        var file = Path.Combine(BrowserFixture.Screenshots, "report-2026.html");
        await File.WriteAllTextAsync(file, html);

        var page = await fixture.NewPageAsync(1100, 900);
        await page.GotoAsync(new Uri(file).AbsoluteUri);

        await Expect(page.Locator("section.part")).ToHaveCountAsync(10);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Отчёт о работе консультационного бота");
        var charts = page.Locator("figure.chart svg");
        Assert.True(await charts.CountAsync() >= 8, $"{await charts.CountAsync()} charts");
        foreach (var chart in await charts.AllAsync())
        {
            var box = await chart.BoundingBoxAsync();
            Assert.True(box is { Width: > 500, Height: > 200 }, $"a chart drawn {box?.Width}×{box?.Height}");
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "report-2026.png"), FullPage = true });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "report-2026-first-screen.png") });
        foreach (var section in await page.Locator("section.part").AllAsync())
        {
            var name = await section.GetAttributeAsync("id");
            await section.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, $"report-2026-{name}.png") });
        }

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, Path = Path.Combine(BrowserFixture.Screenshots, "report-2026.pdf") });
        var pages = System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(pdf), "/Type\\s*/Page[^s]");
        output.WriteLine($"report-2026: {html.Length / 1024:N0} KB of HTML, {pdf.Length / 1024:N0} KB of PDF in {pages} A4 pages");
        Assert.True(pages >= 10, $"{pages} pages: each section starts one");
    }

    [BrowserFact]
    public async Task AnAdminFindsTheReportsPageInRussianAndKazakhAndItsFrameAndDownloadsPointAtThePeriod()
    {
        ConsolePage.AddAccount(fixture, "browser-report-admin", OperatorRoles.Admin);
        var console = await ConsolePage.SignInAsync(fixture, "browser-report-admin", height: 900);

        await Expect(console.Locator("#reports-title")).ToHaveTextAsync("Отчёты");
        await console.Locator("#report-kind").SelectOptionAsync("quarter");
        await Expect(console.Locator("#report-month")).ToBeHiddenAsync();
        await console.Locator("#report-year").FillAsync("2026");
        await console.Locator("#report-quarter").SelectOptionAsync("4");
        await console.GetByRole(AriaRole.Button, new() { Name = "Показать" }).ClickAsync();

        await Expect(console.Locator("#report-frame")).ToBeVisibleAsync();
        await Expect(console.Locator("#report-frame")).ToHaveAttributeAsync("src", "/api/operator/admin/reports?period=2026-Q4&format=html");
        await Expect(console.Locator("#report-xlsx")).ToHaveAttributeAsync("href", "/api/operator/admin/reports?period=2026-Q4&format=xlsx");
        await Expect(console.Locator("#report-frame")).ToHaveAttributeAsync("sandbox", "");
        await console.Locator("#reports").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "console-reports.png") });

        await console.Locator("#language").SelectOptionAsync("kk");
        await Expect(console.Locator("#reports-title")).ToHaveTextAsync("Есептер");
        await Expect(console.GetByRole(AriaRole.Button, new() { Name = "Көрсету" })).ToBeVisibleAsync();
    }
}
