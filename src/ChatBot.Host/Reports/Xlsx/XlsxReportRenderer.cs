using ChatBot.Core.Reports;
using ChatBot.Host.Reports.Document;

namespace ChatBot.Host.Reports.Xlsx;

/// <summary><c>--format xlsx</c>: a sheet per section with its charts as pictures, and the drill-down rows.</summary>
internal sealed class XlsxReportRenderer : IReportRenderer
{
    public string Format => "xlsx";

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string Extension => ".xlsx";

    public Task RenderAsync(FunderReport report, Stream output, CancellationToken cancellationToken = default)
    {
        XlsxReport.Write(FunderReportDocument.From(report), FunderReportDocument.Branding(report.Header), output);
        return Task.CompletedTask;
    }
}
