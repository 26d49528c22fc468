using ChatBot.Host.Reports.Pdf;

namespace ChatBot.Browser.Tests;

/// <summary><c>--format pdf</c>'s printer, on Debian's Chromium.</summary>
public sealed class ChromiumPdfBrowserTests
{
    [BrowserFact]
    public async Task TheHtmlComesBackAsAPdf()
    {
        var pdf = await ChromiumPdf.PrintAsync("<!doctype html><html lang=\"ru\"><body><h1>Отчёт</h1><p>Қазақша мәтін</p></body></html>", CancellationToken.None);

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
    }
}
