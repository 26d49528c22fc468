using System.Text;
using ChatBot.Core.Reports;
using ChatBot.Host.Reports.Document;

namespace ChatBot.Host.Reports.Html;

/// <summary><c>--format html</c>: the report as one self-contained page.</summary>
internal sealed class HtmlReportRenderer : IReportRenderer
{
    public string Format => "html";

    public string ContentType => "text/html; charset=utf-8";

    public string Extension => ".html";

    public async Task RenderAsync(FunderReport report, Stream output, CancellationToken cancellationToken = default)
    {
        var html = HtmlReport.Render(FunderReportDocument.From(report), FunderReportDocument.Branding(report.Header));
        await output.WriteAsync(new UTF8Encoding(false).GetBytes(html), cancellationToken);
    }
}
