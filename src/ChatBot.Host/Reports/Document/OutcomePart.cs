using ChatBot.Core.Reports;
using ChatBot.Host.Reports.Rendering;
using static ChatBot.Host.Reports.Document.RussianLabels;

namespace ChatBot.Host.Reports.Document;

/// <summary>One outcome per session: counts and shares (adding up to 100 %) against the previous period.</summary>
internal static class OutcomePart
{
    public static ReportSection Of(OutcomeSection outcomes, ReportPeriod previous)
    {
        var before = Period(previous);
        var answered = outcomes.Outcomes
            .Where(o => o.Result is Core.Sessions.SessionResult.AnsweredByBot or Core.Sessions.SessionResult.ClarifiedAndAnswered)
            .Sum(o => o.SharePercent);
        return new ReportSection("outcomes", "Чем закончились обращения", [
            new KeyFigures([
                new KeyFigure("Сессий", Count(outcomes.Sessions)),
                new KeyFigure("Бот ответил сам", Percent(answered), "с уточнением и без"),
                .. outcomes.Outcomes
                    .Where(o => o.Result == Core.Sessions.SessionResult.HandedToOperator)
                    .Select(o => new KeyFigure("Передано консультанту", Percent(o.SharePercent), Change(o.ChangePoints, before))),
            ]),
            new ReportChart("shares", "Доли итогов, % сессий", ChartKind.Bars, [.. outcomes.Outcomes.Select(o => Outcome(o.Result))],
                [new ChartSeries(Period(previous), [.. outcomes.Outcomes.Select(o => Math.Round(o.PreviousSharePercent, 1))]),
                 new ChartSeries("отчётный период", [.. outcomes.Outcomes.Select(o => Math.Round(o.SharePercent, 1))])]),
            new ReportTable("outcomes", "Итоги сессий", [
                new ReportColumn("Итог"), new ReportColumn("Сессий", ColumnKind.Count), new ReportColumn("Доля", ColumnKind.Share),
                new ReportColumn("Ранее: сессий", ColumnKind.Count), new ReportColumn("Ранее: доля", ColumnKind.Share),
                new ReportColumn("Изменение, п. п.", ColumnKind.Decimal),
            ], [
                .. outcomes.Outcomes.Select(o => (IReadOnlyList<object?>)[
                    Outcome(o.Result), o.Count, o.SharePercent / 100, o.PreviousCount, o.PreviousSharePercent / 100, o.ChangePoints]),
                ["Всего", outcomes.Sessions, outcomes.Outcomes.Sum(o => o.SharePercent) / 100, outcomes.Outcomes.Sum(o => o.PreviousCount), null, null],
            ]),
            new ReportNote($"Каждая сессия имеет ровно один итог, поэтому доли в сумме дают 100 %. «Ранее» — {before}."),
        ]);
    }

    private static string Change(double points, string before) =>
        (points >= 0 ? "+" : "−") + Math.Abs(points).ToString("0.0", Culture) + " п. п. к периоду «" + before + "»";
}
