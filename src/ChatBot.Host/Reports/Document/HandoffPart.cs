using ChatBot.Core.Reports;
using ChatBot.Host.Reports.Rendering;
using static ChatBot.Host.Reports.Document.RussianLabels;

namespace ChatBot.Host.Reports.Document;

/// <summary>Handoffs to consultants: why, how they ended, waits and handling times, ratings, by operator.</summary>
internal static class HandoffPart
{
    public static ReportSection Of(HandoffSection h) => new("handoffs", "Передачи консультантам", [
        new KeyFigures([
            new KeyFigure("Запросов консультанта", Count(h.Requested)),
            new KeyFigure("Ожидание, медиана", Minutes(h.Wait.MedianSeconds), "90-й перцентиль: " + Minutes(h.Wait.P90Seconds)),
            new KeyFigure("Консультация, медиана", Minutes(h.Handling.MedianSeconds), "90-й перцентиль: " + Minutes(h.Handling.P90Seconds)),
            new KeyFigure("Довольны (4–5 из 5)", h.Csat.SatisfiedPercent is { } csat ? Percent(csat) : "—", $"оценок: {Count(h.Csat.Rated)}"),
        ]),
        new ReportChart("reasons", "Причины передачи", ChartKind.HorizontalBars, [.. h.ByReason.Select(r => r.Key)],
            [new ChartSeries("Запросов", [.. h.ByReason.Select(r => (double)r.Count)])]),
        Counts("by_reason", "По причинам", "Причина", h.ByReason),
        Counts("by_outcome", "Чем закончились", "Итог", h.ByOutcome),
        new ReportTable("by_operator", "По консультантам", [
            new ReportColumn("Консультант"), new ReportColumn("Принято", ColumnKind.Count),
            new ReportColumn("Ожидание, медиана, мин", ColumnKind.Decimal), new ReportColumn("Ожидание, 90 %, мин", ColumnKind.Decimal),
            new ReportColumn("Консультация, медиана, мин", ColumnKind.Decimal), new ReportColumn("Консультация, 90 %, мин", ColumnKind.Decimal),
            new ReportColumn("Оценок", ColumnKind.Count), new ReportColumn("Средняя оценка", ColumnKind.Decimal), new ReportColumn("Довольны", ColumnKind.Share),
        ], [
            .. h.ByOperator.Select(o => (IReadOnlyList<object?>)[
                o.Operator, o.Handled, Min(o.Wait.MedianSeconds), Min(o.Wait.P90Seconds), Min(o.Handling.MedianSeconds), Min(o.Handling.P90Seconds),
                o.Csat.Rated, o.Csat.Average, o.Csat.SatisfiedPercent / 100]),
        ]),
    ]);

    public static ReportTable Counts(string key, string caption, string by, IReadOnlyList<KeyCount> counts) =>
        new(key, caption, [new ReportColumn(by), new ReportColumn("Количество", ColumnKind.Count)],
            [.. counts.Select(c => (IReadOnlyList<object?>)[c.Key, c.Count])]);

    private static double? Min(double? seconds) => seconds / 60;
}
