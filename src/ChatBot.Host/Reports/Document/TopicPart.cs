using ChatBot.Core.Reports;
using ChatBot.Host.Reports.Rendering;
using static ChatBot.Host.Reports.Document.RussianLabels;

namespace ChatBot.Host.Reports.Document;

/// <summary>What people asked about most, and what the bot did not understand (the texts only in a full report).</summary>
internal static class TopicPart
{
    public static ReportSection Of(TopicSection topics, NotUnderstoodSection notUnderstood)
    {
        var blocks = new List<ReportBlock>();
        if (topics.Top.Count > 0)
        {
            blocks.Add(new ReportChart("top", "Частые темы, сессий", ChartKind.HorizontalBars, [.. topics.Top.Select(t => t.Key)],
                [new ChartSeries("Сессий", [.. topics.Top.Select(t => (double)t.Count)])]));
        }
        else
        {
            blocks.Add(new ReportNote("За период бот не ответил ни на одну тему."));
        }

        blocks.Add(new KeyFigures([
            new KeyFigure("Вопросов не понято", Count(notUnderstood.Questions)),
            .. notUnderstood.ByLanguage.Select(l => new KeyFigure("на языке: " + Language(l.Key), Count(l.Count))),
        ]));
        if (notUnderstood.Texts.Count > 0)
        {
            blocks.Add(new ReportTable("not_understood", "Непонятые вопросы (для редакторов базы знаний)",
                [new ReportColumn("Когда"), new ReportColumn("Язык"), new ReportColumn("Вопрос")],
                [.. notUnderstood.Texts.Select(q => (IReadOnlyList<object?>)[q.At.ToString("dd.MM.yyyy HH:mm", Culture), Language(q.Language), q.Text])]));
        }

        return new ReportSection("topics", "Темы и непонятые вопросы", blocks);
    }
}
