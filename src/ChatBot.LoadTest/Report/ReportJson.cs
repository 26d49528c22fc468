using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatBot.LoadTest.Report;

/// <summary>The report as one JSON object with snake_case names, the figures a script reads at its top level.</summary>
public static class ReportJson
{
    public static string Write(LoadTestReport report)
    {
        var options = report.Options;
        var json = new JsonObject
        {
            ["url"] = options.Url.ToString(),
            ["mode"] = options.Rate is null ? "closed" : "open",
            ["offered_rate"] = options.Rate,
            ["conversations"] = options.Conversations,
            ["duration_s"] = Math.Round(report.WindowSeconds, 2),
            ["warmup_s"] = options.Warmup.TotalSeconds,
            ["mix"] = options.Mix.ToString(),
            ["langs"] = options.Languages.ToString(),
            ["turns"] = report.All.Turns,
            ["turns_per_second"] = report.All.TurnsPerSecond,
            ["ceiling_per_second"] = report.Ceiling?.TurnsPerSecond,
            ["share_of_ceiling"] = report.ShareOfCeiling,
            ["p50_ms"] = report.All.P50Ms,
            ["p95_ms"] = report.All.P95Ms,
            ["p99_ms"] = report.All.P99Ms,
            ["max_ms"] = report.All.MaxMs,
            ["errors"] = report.All.Errors,
            ["error_kinds"] = Counts(report.All.ErrorKinds),
            ["unanswered"] = report.All.Unanswered,
            ["kinds"] = Kinds(report),
            ["sessions"] = Sessions(report),
            ["server_pid"] = report.Server.Pid,
            ["server_peak_rss_mb"] = report.Server.PeakRssMb,
            ["server_peak_rss_scope"] = report.Server.PeakRssScope,
            ["server_cpu_cores"] = report.Server.CpuCores,
            ["generator_cpu_cores"] = report.GeneratorCpuCores,
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonObject Kinds(LoadTestReport report)
    {
        var kinds = new JsonObject();
        var rows = report.Ceiling is { } ceiling ? report.Kinds.Append(new(TurnKind.Health, ceiling)) : report.Kinds;
        foreach (var (kind, figures) in rows)
        {
            kinds[Name(kind)] = new JsonObject
            {
                ["turns"] = figures.Turns,
                ["turns_per_second"] = figures.TurnsPerSecond,
                ["p50_ms"] = figures.P50Ms,
                ["p95_ms"] = figures.P95Ms,
                ["p99_ms"] = figures.P99Ms,
                ["max_ms"] = figures.MaxMs,
                ["errors"] = figures.Errors,
            };
        }

        return kinds;
    }

    private static JsonObject Sessions(LoadTestReport report)
    {
        var sessions = new JsonObject();
        foreach (var (kind, (completed, abandoned)) in report.Sessions)
        {
            sessions[Name(kind)] = new JsonObject { ["completed"] = completed, ["abandoned"] = abandoned };
        }

        return sessions;
    }

    private static JsonObject Counts(IReadOnlyDictionary<string, int> counts)
    {
        var json = new JsonObject();
        foreach (var (key, count) in counts)
        {
            json[key] = count;
        }

        return json;
    }

    internal static string Name<T>(T kind)
        where T : Enum => kind.ToString().ToLowerInvariant();
}
