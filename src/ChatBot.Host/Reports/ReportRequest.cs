using ChatBot.Core.Reports;
using ChatBot.Host.Cli;

namespace ChatBot.Host.Reports;

/// <summary>What <c>chatbot report</c> was asked for, checked before the database is opened.</summary>
public sealed record ReportRequest(ReportPeriod Period, string Format, string Out, ReportDrillDown DrillDown, bool Full)
{
    public static readonly IReadOnlyList<string> Formats = ["json", "csv", "html", "xlsx", "pdf"];

    /// <exception cref="FormatException">An option is missing or wrong; the message says which, in one line.</exception>
    public static ReportRequest Parse(VerbArguments verb)
    {
        var period = PeriodOf(verb);
        var format = verb.Option("--format")?.ToLowerInvariant()
            ?? throw new FormatException($"--format is required: {string.Join(", ", Formats)}");
        if (!Formats.Contains(format))
        {
            throw new FormatException($"--format '{format}' is not one of {string.Join(", ", Formats)}");
        }

        var output = verb.Option("--out") ?? throw new FormatException("--out PATH is required: the file to write");
        var folder = Path.GetDirectoryName(Path.GetFullPath(output));
        if (folder is null || !Directory.Exists(folder))
        {
            throw new FormatException($"--out '{output}': the folder '{folder}' does not exist");
        }

        if (Directory.Exists(output))
        {
            throw new FormatException($"--out '{output}' is a folder; name the file to write");
        }

        var drillDown = verb.Option("--drill-down") switch
        {
            null => ReportDrillDown.None,
            "sessions" => ReportDrillDown.Sessions,
            "responses" => ReportDrillDown.Responses,
            "applications" => ReportDrillDown.Applications,
            var other => throw new FormatException($"--drill-down '{other}' is not sessions, responses or applications"),
        };
        return new ReportRequest(period, format, output, drillDown, verb.Flag("--full"));
    }

    private static ReportPeriod PeriodOf(VerbArguments verb)
    {
        var (text, from, to) = (verb.Option("--period"), verb.Option("--from"), verb.Option("--to"));
        if (text is not null && (from is not null || to is not null))
        {
            throw new FormatException("give --period or --from and --to, not both");
        }

        if (text is not null)
        {
            return ReportPeriodParser.Parse(text, out var error) ?? throw new FormatException(error);
        }

        if (from is null || to is null)
        {
            throw new FormatException("--period 2026-11 | 2026-Q4 | 2026, or --from 2026-11-01 --to 2026-11-30, is required");
        }

        return ReportPeriodParser.ParseRange(from, to, out var rangeError) ?? throw new FormatException(rangeError);
    }
}
