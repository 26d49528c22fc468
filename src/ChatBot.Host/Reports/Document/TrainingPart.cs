using ChatBot.Core.Reports;
using ChatBot.Host.Reports.Rendering;
using static ChatBot.Host.Reports.Document.RussianLabels;

namespace ChatBot.Host.Reports.Document;

/// <summary>Trainings held by format, the people in them, and unique trainees against the targets.</summary>
internal static class TrainingPart
{
    public static ReportSection Of(TrainingSection t) => new("trainings", "Обучение", [
        new KeyFigures([
            new KeyFigure("Проведено обучений", Count(t.Held)),
            new KeyFigure("Записались / пришли", $"{Count(t.Enrolled)} / {Count(t.Attended)}", $"не пришли: {Count(t.NoShows)}"),
            new KeyFigure("Уникальных слушателей с начала года", Count(t.Year.ToDate), $"{Percent(t.Year.ToDatePercent)} от цели {Count(t.Year.Target)}"),
            new KeyFigure("С начала договора", Count(t.Contract.ToDate), $"{Percent(t.Contract.ToDatePercent)} от цели {Count(t.Contract.Target)}"),
        ]),
        new ReportChart("people", "Слушатели за период", ChartKind.Bars, ["Записались", "Пришли", "Не пришли", "В листе ожидания"],
            [new ChartSeries("Человек", [t.Enrolled, t.Attended, t.NoShows, t.OnWaitingLists])]),
        HandoffPart.Counts("by_format", "Проведено по форматам", "Формат", t.HeldByFormat),
        new ReportTable("targets", "Выполнение плана по слушателям", [
            new ReportColumn("Цель"), new ReportColumn("План", ColumnKind.Count), new ReportColumn("За период", ColumnKind.Count),
            new ReportColumn("Нарастающим итогом", ColumnKind.Count), new ReportColumn("Выполнено", ColumnKind.Share),
        ], [
            ["На год", t.Year.Target, t.Year.InPeriod, t.Year.ToDate, t.Year.ToDatePercent / 100],
            ["На три года договора", t.Contract.Target, t.Contract.InPeriod, t.Contract.ToDate, t.Contract.ToDatePercent / 100],
        ]),
        new ReportNote($"Уникальных слушателей за период: {Count(t.UniqueTrainees)} (один человек — один раз, по ИИН). В листах ожидания: {Count(t.OnWaitingLists)}, из них получили место: {Count(t.PromotedFromWaitingLists)}."),
    ]);
}
