using ChatBot.Host.Reports.Rendering;

namespace ChatBot.Tests.Reports;

/// <summary>A small report of two sections with Kazakh and Russian labels, for the renderers' own tests.</summary>
internal static class SampleDocument
{
    public static readonly DateTimeOffset GeneratedAt = new(2026, 12, 1, 0, 5, 0, TimeSpan.FromHours(5));

    public static ReportDocument Create(DateTimeOffset? generatedAt = null) => new(
        "Отчёт для заказчика",
        "ноябрь 2026",
        generatedAt ?? GeneratedAt,
        [
            new ReportSection("sessions", "Обращения", [
                new KeyFigures([new KeyFigure("Сессий", "1 204", "+12 % к октябрю"), new KeyFigure("Пользователей", "811")]),
                new ReportChart("by_channel", "Сессии по каналам", ChartKind.Bars, ["Telegram", "Сайт"], [new ChartSeries("ноябрь", [800, 404])]),
                new ReportTable("by_language", "По языкам", [new ReportColumn("Язык"), new ReportColumn("Сессий", ColumnKind.Count), new ReportColumn("Доля", ColumnKind.Share)],
                    [["русский", 900, 0.7475], ["қазақша", 304, 0.2525]]),
            ]),
            new ReportSection("topics", "Темы", [
                new ReportChart("top_topics", "Частые темы", ChartKind.HorizontalBars, ["Салық есебі", "Регистрация ИП", "Гранттар мен субсидиялар"],
                    [new ChartSeries("сессий", [310, 220, 95])]),
                new ReportChart("by_day", "Сессии по дням", ChartKind.Line, [.. Enumerable.Range(1, 30).Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                    [new ChartSeries("сессий", [.. Enumerable.Range(1, 30).Select(d => 30.0 + (d * 7 % 23))])]),
                new ReportNote("Вопросы, которые бот не понял, — на листе «не поняты»."),
            ]),
        ],
        [
            new ReportTable("sessions_rows", "Сессии", [new ReportColumn("id"), new ReportColumn("дата"), new ReportColumn("канал"), new ReportColumn("ожидание, мин", ColumnKind.Decimal)],
                [["s-1", "2026-11-30 23:30", "telegram", 2.5], ["s-2", "2026-11-01 00:10", "web", null]]),
        ]);
}
