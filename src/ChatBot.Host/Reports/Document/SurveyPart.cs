using ChatBot.Core.Reports;
using ChatBot.Host.Reports.Rendering;
using static ChatBot.Host.Reports.Document.RussianLabels;

namespace ChatBot.Host.Reports.Document;

/// <summary>The yearly survey: respondents against the targets, completion, drop-off, answers, district by sector, NPS.</summary>
internal static class SurveyPart
{
    public static ReportSection Of(SurveySection s)
    {
        var blocks = new List<ReportBlock>
        {
            new KeyFigures([
                new KeyFigure("Респондентов за период", Count(s.Respondents), $"начали: {Count(s.Started)}, завершили: {Percent(s.CompletionPercent)}"),
                new KeyFigure("С начала года", Count(s.Year.ToDate), $"{Percent(s.Year.ToDatePercent)} от цели {Count(s.Year.Target)}"),
                new KeyFigure("С начала договора", Count(s.Contract.ToDate), $"{Percent(s.Contract.ToDatePercent)} от цели {Count(s.Contract.Target)}"),
                new KeyFigure("NPS", s.Nps is { } nps ? nps.Score.ToString("0", Culture) : "—", s.Nps is { } n ? $"ответов: {Count(n.Answered)}" : null),
            ]),
            Progress(s),
        };
        if (s.DropOff.Count > 0)
        {
            blocks.Add(new ReportChart("drop_off", "Где бросают анкету, человек", ChartKind.HorizontalBars, [.. s.DropOff.Select(d => d.Step)],
                [new ChartSeries("Ушли на шаге", [.. s.DropOff.Select(d => (double)d.Left)])]));
        }

        foreach (var answers in s.Distributions.Where(d => d.Options.Count > 0))
        {
            blocks.Add(new ReportChart("chart_" + answers.Step, $"Ответы: {answers.Step}, человек", ChartKind.HorizontalBars, [.. answers.Options.Select(o => o.LabelRu)],
                [new ChartSeries("Человек", [.. answers.Options.Select(o => (double)o.Count)])]));
            blocks.Add(new ReportTable("answers_" + answers.Step, $"Ответы: {answers.Step} (ответили {Count(answers.Answered)})",
                [new ReportColumn("Ответ"), new ReportColumn("Человек", ColumnKind.Count), new ReportColumn("Доля", ColumnKind.Share)],
                [.. answers.Options.Select(o => (IReadOnlyList<object?>)[o.LabelRu, o.Count, o.Share])]));
        }

        if (CrossTab(s.DistrictBySector) is { } table)
        {
            blocks.Add(table);
        }

        return new ReportSection("survey", "Опрос предпринимателей", blocks);
    }

    private static ReportTable Progress(SurveySection s) => new("targets", "Выполнение плана по респондентам", [
        new ReportColumn("Цель"), new ReportColumn("План", ColumnKind.Count), new ReportColumn("За период", ColumnKind.Count),
        new ReportColumn("Доля плана за период", ColumnKind.Share), new ReportColumn("Нарастающим итогом", ColumnKind.Count), new ReportColumn("Выполнено", ColumnKind.Share),
    ], [
        ["На год", s.Year.Target, s.Year.InPeriod, s.Year.PeriodPercent / 100, s.Year.ToDate, s.Year.ToDatePercent / 100],
        ["На три года договора", s.Contract.Target, s.Contract.InPeriod, s.Contract.PeriodPercent / 100, s.Contract.ToDate, s.Contract.ToDatePercent / 100],
    ]);

    /// <summary>Rows by the first step's options, a column per the second's; null when the survey has no such answers.</summary>
    private static ReportTable? CrossTab(SurveyCrossTab tab)
    {
        if (tab.Cells.Count == 0)
        {
            return null;
        }

        var rows = tab.Cells.Select(c => c.Row).Distinct().ToList();
        var columns = tab.Cells.Select(c => c.Column).Distinct().ToList();
        var cells = tab.Cells.ToDictionary(c => (c.Row, c.Column), c => c.Respondents);
        return new ReportTable("cross_tab", $"Респонденты: {tab.Rows} × {tab.Columns}",
            [new ReportColumn(tab.Rows), .. columns.Select(c => new ReportColumn(c, ColumnKind.Count)), new ReportColumn("Всего", ColumnKind.Count)],
            [.. rows.Select(r => (IReadOnlyList<object?>)[r, .. columns.Select(c => (object?)cells.GetValueOrDefault((r, c))), columns.Sum(c => cells.GetValueOrDefault((r, c)))])]);
    }
}
