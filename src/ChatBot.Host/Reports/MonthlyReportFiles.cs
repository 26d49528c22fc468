using ChatBot.Core.Reports;
using ChatBot.Core.Time;

namespace ChatBot.Host.Reports;

/// <summary>
/// Last month's report in the data folder's <c>reports/</c> (<c>2026-11.html</c>, <c>.xlsx</c>, <c>.json</c>): written
/// when a file is missing, so the first look on the 1st (Almaty time) writes them and a service that was down then
/// writes them at its next start. Files already there are left alone: a report once sent is not changed behind it.
/// </summary>
public sealed class MonthlyReportFiles(BuildReport? build, IEnumerable<IReportRenderer> renderers, TimeProvider time, string dataDir)
{
    public static readonly IReadOnlyList<string> Formats = ["html", "xlsx", "json"];

    public string Folder => Path.Combine(dataDir, "reports");

    /// <summary>The month before the current one in Almaty.</summary>
    public ReportPeriod LastMonth()
    {
        var previous = AlmatyTime.Day(time.GetUtcNow()).AddMonths(-1);
        return ReportPeriod.Month(previous.Year, previous.Month);
    }

    /// <summary>Writes the files of last month that are missing; returns their paths (none when all were there).</summary>
    public async Task<IReadOnlyList<string>> WriteMissingAsync(CancellationToken cancellationToken = default)
    {
        var period = LastMonth();
        var wanted = Formats
            .Select(format => renderers.FirstOrDefault(r => r.Format == format))
            .OfType<IReportRenderer>()
            .Select(renderer => (renderer, path: Path.Combine(Folder, period.Label + renderer.Extension)))
            .Where(file => !File.Exists(file.path))
            .ToList();
        if (wanted.Count == 0 || build is null)
        {
            return [];
        }

        Directory.CreateDirectory(Folder);
        var report = build(period, full: false, ReportDrillDown.Sessions);
        foreach (var (renderer, path) in wanted)
        {
            // Written beside and moved, so that a stop half-way leaves no half file that would count as written.
            var partial = path + ".partial";
            await using (var stream = File.Create(partial))
            {
                await renderer.RenderAsync(report, stream, cancellationToken);
            }

            File.Move(partial, path, overwrite: true);
        }

        return [.. wanted.Select(w => w.path)];
    }
}
