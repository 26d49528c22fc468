using ChatBot.Core.Reports;

namespace ChatBot.Host.Reports;

/// <summary>Builds a requested report and writes it with the renderer of its format.</summary>
public static class ReportFile
{
    /// <exception cref="FormatException">No renderer of the format is available.</exception>
    public static async Task<FunderReport> WriteAsync(
        ReportRequest request, ReportBuilder builder, IEnumerable<IReportRenderer> renderers, CancellationToken cancellationToken = default)
    {
        var available = renderers.ToList();
        var renderer = available.RendererFor(request.Format)
            ?? throw new FormatException($"--format {request.Format} is not available here; available: {string.Join(", ", available.Select(r => r.Format))}");
        var report = builder.Build(request.Period, request.Full, request.DrillDown);

        // Written beside the target and moved over it, so that a failed run never leaves half a report under its name.
        var partial = request.Out + ".partial";
        await using (var stream = File.Create(partial))
        {
            await renderer.RenderAsync(report, stream, cancellationToken);
        }

        File.Move(partial, request.Out, overwrite: true);
        return report;
    }
}
