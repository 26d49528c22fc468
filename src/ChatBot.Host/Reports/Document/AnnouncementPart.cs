using ChatBot.Core.Reports;
using ChatBot.Host.Reports.Rendering;
using static ChatBot.Host.Reports.Document.RussianLabels;

namespace ChatBot.Host.Reports.Document;

/// <summary>Announcements sent in the period with their recipients by status, and the subscribers now (not a figure of the period).</summary>
internal static class AnnouncementPart
{
    public static ReportSection Of(AnnouncementSection n)
    {
        var delivered = n.Recipients.FirstOrDefault(r => r.Key == "sent")?.Count ?? 0;
        return new ReportSection("announcements", "Рассылки", [
            new KeyFigures([
                new KeyFigure("Разослано объявлений", Count(n.Sent)),
                new KeyFigure("Доставлено получателям", Count(delivered), $"из {Count(n.Recipients.Sum(r => r.Count))}"),
                new KeyFigure("Подписчиков сейчас", Count(n.Now.Subscribers), "на дату отчёта, не за период"),
            ]),
            new ReportTable("recipients", "Получатели объявлений периода по состоянию доставки", [new ReportColumn("Состояние"), new ReportColumn("Получателей", ColumnKind.Count)],
                [.. n.Recipients.Select(r => (IReadOnlyList<object?>)[Recipient(r.Key), r.Count])]),
            new ReportTable("subscribers_now", "Подписчики по темам на дату отчёта", [new ReportColumn("Тема"), new ReportColumn("Подписчиков", ColumnKind.Count)],
                [.. n.Now.ByTopic.Select(t => (IReadOnlyList<object?>)[NewsTopic(t.Key), t.Count])]),
            new ReportNote(
                "Подписчики — число на дату формирования отчёта, а не за период: его нельзя складывать по месяцам. Один подписчик может выбрать несколько тем. " +
                "Состояние доставки — на дату отчёта."),
        ]);
    }
}
