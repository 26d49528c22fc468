using ChatBot.Core.Reports;
using ChatBot.Host.Reports.Document;
using ChatBot.Host.Reports.Html;

namespace ChatBot.Host.Reports.Pdf;

/// <summary><c>--format pdf</c>: the HTML report printed by headless Chromium.</summary>
internal sealed class PdfReportRenderer : IReportRenderer
{
    public string Format => "pdf";

    public string ContentType => "application/pdf";

    public string Extension => ".pdf";

    public async Task RenderAsync(FunderReport report, Stream output, CancellationToken cancellationToken = default)
    {
        var html = HtmlReport.Render(FunderReportDocument.From(report), FunderReportDocument.Branding(report.Header));
        await output.WriteAsync(await ChromiumPdf.PrintAsync(html, cancellationToken), cancellationToken);
    }
}
