using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using ChatBot.Core.Time;
using ChatBot.Host.Reports.Charts;
using ChatBot.Host.Reports.Rendering;

namespace ChatBot.Host.Reports.Html;

/// <summary>
/// The report as one self-contained HTML file: styles, charts (inline SVG) and the logo inside it, nothing fetched,
/// no script. It reads well on screen and prints to A4 from any browser (the same file makes the PDF).
/// Every text from data is HTML-encoded; the charts are ScottPlot's own SVG.
/// </summary>
public static class HtmlReport
{
    private static readonly string Styles = ReadStyles();
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static string Render(ReportDocument document, ReportBranding branding)
    {
        var html = new StringBuilder(64 * 1024);
        html.Append("<!doctype html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E($"{document.Title} — {document.PeriodLabel}")).Append("</title>\n")
            .Append("<style>\n").Append(Styles).Append("</style>\n</head>\n<body>\n<div class=\"page\">\n");
        Cover(html, document, branding);
        Contents(html, document);
        foreach (var section in document.Sections)
        {
            Section(html, section);
        }

        Footer(html, document, branding);
        html.Append("</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Cover(StringBuilder html, ReportDocument document, ReportBranding branding)
    {
        html.Append("<header class=\"cover\">\n");
        if (branding.Logo is { } logo)
        {
            html.Append("<img src=\"").Append(logo.DataUri).Append("\" alt=\"").Append(E(branding.Organisation)).Append("\">\n");
        }

        html.Append("<div>\n<div class=\"organisation\">").Append(E(branding.Organisation)).Append("</div>\n")
            .Append("<h1>").Append(E(document.Title)).Append("</h1>\n")
            .Append("<div class=\"period\">").Append(E(document.PeriodLabel)).Append("</div>\n")
            .Append("<div class=\"generated\">Сформирован ").Append(E(Generated(document.GeneratedAt))).Append("</div>\n")
            .Append("</div>\n</header>\n");
    }

    private static void Contents(StringBuilder html, ReportDocument document)
    {
        html.Append("<nav class=\"contents\" aria-label=\"Содержание\"><ol>\n");
        foreach (var section in document.Sections)
        {
            html.Append("<li><a href=\"#").Append(E(section.Key)).Append("\">").Append(E(section.Title)).Append("</a></li>\n");
        }

        html.Append("</ol></nav>\n");
    }

    private static void Section(StringBuilder html, ReportSection section)
    {
        html.Append("<section class=\"part\" id=\"").Append(E(section.Key)).Append("\">\n<h2>").Append(E(section.Title)).Append("</h2>\n");
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case KeyFigures figures:
                    Figures(html, figures);
                    break;
                case ReportTable table:
                    Table(html, table);
                    break;
                case ReportChart chart:
                    html.Append("<figure class=\"chart\" id=\"").Append(E(section.Key + "-" + chart.Key)).Append("\">\n")
                        .Append(SvgForPage.Inline(ChartPainter.Svg(chart), section.Key + "-" + chart.Key))
                        .Append("\n</figure>\n");
                    break;
                case ReportNote note:
                    html.Append("<p class=\"note\">").Append(E(note.Text)).Append("</p>\n");
                    break;
            }
        }

        html.Append("</section>\n");
    }

    private static void Figures(StringBuilder html, KeyFigures figures)
    {
        html.Append("<div class=\"figures\">\n");
        foreach (var figure in figures.Items)
        {
            html.Append("<div class=\"figure\"><div class=\"value\">").Append(E(figure.Value)).Append("</div>")
                .Append("<div class=\"label\">").Append(E(figure.Label)).Append("</div>");
            if (figure.Note is { } note)
            {
                html.Append("<div class=\"note\">").Append(E(note)).Append("</div>");
            }

            html.Append("</div>\n");
        }

        html.Append("</div>\n");
    }

    private static void Table(StringBuilder html, ReportTable table)
    {
        // A long table may break across pages (its header repeats); a short one moves whole to the next page.
        html.Append(table.Rows.Count > 25 ? "<table class=\"long\">" : "<table>")
            .Append("<caption>").Append(E(table.Caption)).Append("</caption>\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append(ReportCells.IsNumeric(column.Kind) ? "<th class=\"n\">" : "<th>").Append(E(column.Title)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var kind = table.Columns[c].Kind;
                html.Append(ReportCells.IsNumeric(kind) ? "<td class=\"n\">" : "<td>")
                    .Append(E(ReportCells.Text(c < row.Count ? row[c] : null, kind))).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void Footer(StringBuilder html, ReportDocument document, ReportBranding branding)
    {
        html.Append("<footer>").Append(E(branding.Organisation)).Append(" · ").Append(E(document.Title)).Append(" · ")
            .Append(E(document.PeriodLabel));
        if (document.DrillDowns.Count > 0)
        {
            var tables = document.DrillDowns.Select(d => $"«{d.Caption}» ({d.Rows.Count.ToString("#,0", Russian)})");
            html.Append(" · Строки, из которых сложены числа отчёта, — в книге XLSX: ").Append(E(string.Join(", ", tables)));
        }

        html.Append("</footer>\n");
    }

    // In Almaty time, as the periods are: the funder reads the hour of the city, whatever zone the server keeps.
    private static string Generated(DateTimeOffset at) =>
        AlmatyTime.Of(at).ToString("d MMMM yyyy, HH:mm", Russian) + " (время Алматы)";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string ReadStyles()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ChatBot.Host.Reports.Html.report.css")
            ?? throw new InvalidOperationException("missing resource report.css");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
