using ChatBot.Core.Reports;
using ChatBot.Host.Reports.Rendering;
using static ChatBot.Host.Reports.Document.RussianLabels;

namespace ChatBot.Host.Reports.Document;

/// <summary>Sessions and unique users by channel, language and source; with the rows at hand, sessions over time.</summary>
internal static class SessionPart
{
    private static readonly ReportColumn[] Columns =
        [new("Сессий", ColumnKind.Count), new("Уникальных пользователей", ColumnKind.Count)];

    public static ReportSection Of(FunderReport report)
    {
        var s = report.Sessions;
        var blocks = new List<ReportBlock>
        {
            new KeyFigures([
                new KeyFigure("Сессий (обращений)", Count(s.Sessions)),
                new KeyFigure("Уникальных предпринимателей", Count(s.UniqueUsers), "без повторов между каналами по ИИН/БИН"),
                new KeyFigure("Каналов", Count(s.ByChannel.Count)),
            ]),
            new ReportChart("by_channel", "Сессии по каналам", ChartKind.Bars, [.. s.ByChannel.Select(c => Channel(c.Key))],
                [new ChartSeries("Сессий", [.. s.ByChannel.Select(c => (double)c.Sessions)]), new ChartSeries("Пользователей", [.. s.ByChannel.Select(c => (double)c.UniqueUsers)])]),
        };
        if (OverTime(report) is { } chart)
        {
            blocks.Add(chart);
        }

        blocks.Add(Table("by_channel", "По каналам", "Канал", s.ByChannel, Channel));
        blocks.Add(Table("by_language", "По языкам", "Язык", s.ByLanguage, Language));
        blocks.Add(Table("by_source", "По источникам (ссылки и страницы портала)", "Источник", s.BySource, Source));
        blocks.Add(new ReportNote("Уникальные пользователи не суммируются по периодам: человек, писавший в двух месяцах, — один пользователь квартала."));
        return new ReportSection("sessions", "Обращения", blocks);
    }

    private static ReportTable Table(string key, string caption, string by, IReadOnlyList<SessionCount> counts, Func<string, string> label) =>
        new(key, caption, [new ReportColumn(by), .. Columns], [.. counts.Select(c => (IReadOnlyList<object?>)[label(c.Key), c.Sessions, c.UniqueUsers])]);

    /// <summary>Sessions a day in a month, a month in a quarter or a year: drawn from the rows, when the report has them.</summary>
    private static ReportChart? OverTime(FunderReport report)
    {
        if (report.Rows is not { Sessions.Count: > 0 } rows)
        {
            return null;
        }

        var period = report.Header.Period;
        if (period.Kind == ReportPeriodKind.Month || period.Days <= 62)
        {
            var days = Enumerable.Range(0, period.Days).Select(period.FirstDay.AddDays).ToList();
            var perDay = rows.Sessions.GroupBy(r => DateOnly.FromDateTime(r.Date.DateTime)).ToDictionary(g => g.Key, g => g.Count());
            return new ReportChart("by_day", "Сессии по дням", ChartKind.Line, [.. days.Select(d => d.Day.ToString(Culture))],
                [new ChartSeries("Сессий", [.. days.Select(d => (double)perDay.GetValueOrDefault(d))])]);
        }

        var months = period.Months();
        var perMonth = rows.Sessions.GroupBy(r => (r.Date.Year, r.Date.Month)).ToDictionary(g => g.Key, g => g.Count());
        return new ReportChart("by_month", "Сессии по месяцам", ChartKind.Line, [.. months.Select(m => MonthShort(m.FirstDay.Month))],
            [new ChartSeries("Сессий", [.. months.Select(m => (double)perMonth.GetValueOrDefault((m.FirstDay.Year, m.FirstDay.Month)))])]);
    }
}
