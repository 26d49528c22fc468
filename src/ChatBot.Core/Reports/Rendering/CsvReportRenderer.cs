using System.Globalization;
using System.Text;

namespace ChatBot.Core.Reports.Rendering;

/// <summary>
/// The report as one CSV table a spreadsheet can filter: the summary (every figure with its section, name, breakdown
/// and whether it adds up across periods), or, when the report carries drill-down rows, those rows (sessions, survey responses or applications). Times are Almaty time.
/// </summary>
public sealed class CsvReportRenderer : IReportRenderer
{
    public string Format => "csv";

    public string ContentType => "text/csv; charset=utf-8";

    public string Extension => ".csv";

    public async Task RenderAsync(FunderReport report, Stream output, CancellationToken cancellationToken = default)
    {
        var text = report.Rows switch
        {
            null => Summary(report),
            { Kind: ReportDrillDown.Responses } rows => Responses(rows.Responses),
            { Kind: ReportDrillDown.Applications } rows => Applications(rows.Applications),
            var rows => Sessions(rows.Sessions),
        };
        await output.WriteAsync(new UTF8Encoding(false).GetBytes(text), cancellationToken);
    }

    private static string Summary(FunderReport report)
    {
        var csv = new StringBuilder(Csv.Line("section", "figure", "breakdown", "value", "additive"));
        csv.Append(Csv.Line("report", "period", report.Header.Period.Label, "", "no"));
        foreach (var f in ReportFigures.Of(report))
        {
            csv.Append(Csv.Line(f.Section, f.Name, f.Breakdown, Csv.Number(f.Value), f.Additivity == Additivity.Additive ? "yes" : "no"));
        }

        return csv.ToString();
    }

    private static string Sessions(IReadOnlyList<SessionRow> rows)
    {
        var csv = new StringBuilder(Csv.Line("id", "date", "channel", "language", "source", "topics", "outcome", "operator", "wait_seconds", "csat"));
        foreach (var r in rows)
        {
            csv.Append(Csv.Line(
                r.Id, Csv.Time(r.Date), r.Channel, r.Language, r.Source, string.Join(' ', r.Topics), r.Outcome.ToString(), r.Operator,
                Csv.Number(r.WaitSeconds), r.Csat?.ToString(CultureInfo.InvariantCulture) ?? ""));
        }

        return csv.ToString();
    }

    private static string Applications(IReadOnlyList<ApplicationRow> rows)
    {
        var csv = new StringBuilder(Csv.Line("number", "date", "kind", "status", "channel", "first_response_hours", "answer_hours", "overdue", "satisfaction"));
        foreach (var r in rows)
        {
            csv.Append(Csv.Line(
                r.Number, Csv.Time(r.Date), r.Kind, r.Status, r.Channel, Csv.Number(r.FirstResponseHours), Csv.Number(r.AnswerHours),
                r.Overdue ? "yes" : "no", r.Satisfaction?.ToString(CultureInfo.InvariantCulture) ?? ""));
        }

        return csv.ToString();
    }

    private static string Responses(IReadOnlyList<ResponseRow> rows)
    {
        var steps = rows.SelectMany(r => r.Answers.Select(a => a.Key)).Distinct(StringComparer.Ordinal).ToList();
        var csv = new StringBuilder(Csv.Line(["id", "date", "channel", "language", "status", "last_step", .. steps]));
        foreach (var r in rows)
        {
            var answers = r.Answers.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
            csv.Append(Csv.Line([r.Id, Csv.Time(r.Date), r.Channel, r.Language, r.Status.ToString(), r.LastStep, .. steps.Select(s => answers.GetValueOrDefault(s, ""))]));
        }

        return csv.ToString();
    }
}
