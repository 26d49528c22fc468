using ChatBot.Core.Reports;
using ChatBot.Host.Reports.Rendering;
using static ChatBot.Host.Reports.Document.RussianLabels;

namespace ChatBot.Host.Reports.Document;

/// <summary>Applications to consultants: by kind and status, business hours to the first response and the answer, lateness, satisfaction.</summary>
internal static class ApplicationPart
{
    public static ReportSection Of(ApplicationSection a) => new("applications", "Заявки", [
        new KeyFigures([
            new KeyFigure("Подано заявок", Count(a.Submitted)),
            new KeyFigure("Первый ответ, медиана", Hours(a.FirstResponse.MedianHours), "90-й перцентиль: " + Hours(a.FirstResponse.P90Hours)),
            new KeyFigure("Ответ по существу, медиана", Hours(a.Answer.MedianHours), "90-й перцентиль: " + Hours(a.Answer.P90Hours)),
            new KeyFigure("С нарушением срока", Count(a.Overdue), $"из них ещё не отвечены: {Count(a.OverdueOpen)}"),
            new KeyFigure("Оценка ответа", a.Satisfaction.Average is { } average ? average.ToString("0.0", Culture) + " из 5" : "—",
                $"оценок: {Count(a.Satisfaction.Answered)} из {Count(a.Satisfaction.Asked)} запрошенных"),
        ]),
        new ReportChart("by_kind", "Заявки по темам", ChartKind.HorizontalBars, [.. a.ByKind.Select(k => ApplicationKind(k.Key))],
            [new ChartSeries("Заявок", [.. a.ByKind.Select(k => (double)k.Count)])]),
        new ReportTable("by_kind_and_status", "По темам и статусам",
            [new ReportColumn("Тема"), .. a.ByStatus.Select(s => new ReportColumn(ApplicationStatus(s.Key), ColumnKind.Count)), new ReportColumn("Всего", ColumnKind.Count)],
            [
                .. a.ByKindAndStatus.Select(k => (IReadOnlyList<object?>)[ApplicationKind(k.Kind), .. k.ByStatus.Select(s => (object?)s.Count), k.ByStatus.Sum(s => s.Count)]),
                ["Всего", .. a.ByStatus.Select(s => (object?)s.Count), a.Submitted],
            ]),
        new ReportTable("satisfaction", "Оценки ответа (1–5)", [new ReportColumn("Оценка"), new ReportColumn("Количество", ColumnKind.Count)],
            [.. a.Satisfaction.Scores.Select(s => (IReadOnlyList<object?>)[s.Key, s.Count])]),
        new ReportNote(
            "Заявки, поданные за период, в том состоянии, в каком они на дату формирования отчёта: статусы и нарушения срока — на эту дату. " +
            "Время — в рабочих часах с учётом выходных и праздников, как считаются сроки ответа; медиана и 90-й перцентиль — время, которое заняла одна из заявок. " +
            "Медианы и оценки не суммируются по периодам; количества суммируются, если отчёты за месяцы сформированы в один день с отчётом за квартал."),
    ]);
}
