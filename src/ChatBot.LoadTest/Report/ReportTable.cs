using System.Globalization;
using System.Text;

namespace ChatBot.LoadTest.Report;

/// <summary>The report for a person: one row per kind of turn, then the ceiling, the sessions and the service.</summary>
public static class ReportTable
{
    public static string Write(LoadTestReport report)
    {
        var options = report.Options;
        var text = new StringBuilder();
        var pacing = options.Rate is { } rate ? Invariant($"open model, {rate} turns/s offered") : "closed model: each user sends when answered";
        text.AppendLine(Invariant($"chatbot loadtest {options.Url}: {options.Conversations} conversations, {report.WindowSeconds:0.#} s measured after {options.Warmup.TotalSeconds:0.#} s of warm-up ({pacing})"));
        text.AppendLine(Invariant($"{"kind",-8} {"turns",8} {"per s",9} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"errors",7}"));
        foreach (var (kind, figures) in report.Kinds)
        {
            Row(text, ReportJson.Name(kind), figures);
        }

        Row(text, "all", report.All);
        if (report.Ceiling is { } ceiling)
        {
            Row(text, "/health", ceiling);
            text.AppendLine(Invariant($"ceiling: {ceiling.TurnsPerSecond:0.#} /health a second; chat turns are {report.ShareOfCeiling:0.###} of it"));
        }

        text.AppendLine("sessions: " + string.Join(", ", report.Sessions.Select(s =>
            Invariant($"{ReportJson.Name(s.Key)} {s.Value.Completed} completed, {s.Value.Abandoned} abandoned"))));
        var server = report.Server;
        text.AppendLine(server.Pid is null
            ? "service: its process was not found on this machine (give --server-pid); memory and CPU not measured"
            : Invariant($"service: pid {server.Pid}, peak RSS {Mb(server.PeakRssMb)} ({(server.PeakRssScope == "run" ? "during this run" : "since the service started")}), CPU {server.CpuCores:0.00} cores; generator CPU {report.GeneratorCpuCores:0.00} cores"));
        if (report.All.ErrorKinds.Count > 0)
        {
            text.AppendLine("errors: " + string.Join(", ", report.All.ErrorKinds.Select(e => $"{e.Key} × {e.Value}")));
        }

        if (report.All.ErrorKinds.ContainsKey("429"))
        {
            text.AppendLine("429: the service limits messages; for a load test start it with --Web:RateLimit:PerAddressPerMinute=0 --Web:RateLimit:PerConversationPerMinute=0");
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, KindFigures figures) =>
        text.AppendLine(Invariant(
            $"{name,-8} {figures.Turns,8} {figures.TurnsPerSecond,9:0.0} {Ms(figures.P50Ms),8} {Ms(figures.P95Ms),8} {Ms(figures.P99Ms),8} {Ms(figures.MaxMs),8} {figures.Errors,7}"));

    private static string Ms(double? value) => value is { } ms ? ms.ToString("0.0", CultureInfo.InvariantCulture) : "-";

    private static string Mb(double? value) => value is { } mb ? mb.ToString("0.0", CultureInfo.InvariantCulture) + " MB" : "unreadable";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
