using ChatBot.Core.Reports;
using ChatBot.Host.Reports.Rendering;
using static ChatBot.Host.Reports.Document.RussianLabels;

namespace ChatBot.Host.Reports.Document;

/// <summary>Whether the advice was current: topics past their review-by date now, and answers given from such topics in the period.</summary>
internal static class KnowledgeReviewPart
{
    public static ReportSection Of(KnowledgeReviewSection k)
    {
        var blocks = new List<ReportBlock>
        {
            new KeyFigures([
                new KeyFigure("Тем с истёкшим сроком проверки", Count(k.PastReviewNow.Count), "на дату отчёта"),
                new KeyFigure("Ответов из базы знаний", Count(k.Answers)),
                new KeyFigure("Из них по теме с истёкшим сроком", Count(k.AnswersPastReview), k.Answers > 0 ? Percent(100.0 * k.AnswersPastReview / k.Answers) : null),
            ]),
        };
        if (k.PastReviewNow.Count > 0)
        {
            blocks.Add(new ReportTable("past_review_now", "Темы с истёкшим сроком проверки на дату отчёта", [new ReportColumn("Тема"), new ReportColumn("Проверить до")],
                [.. k.PastReviewNow.Select(t => (IReadOnlyList<object?>)[t.Topic, Day(t.ReviewBy)])]));
        }

        if (k.AnswersPastReviewByTopic.Count > 0)
        {
            blocks.Add(HandoffPart.Counts("answers_past_review", "Ответы по темам с истёкшим сроком проверки", "Тема", k.AnswersPastReviewByTopic));
        }

        blocks.Add(new ReportNote(
            "Тема с истёкшим сроком проверки по-прежнему отвечает, но показана редакторам. Ответ считается по просроченной теме, " +
            "если в день ответа срок проверки, действовавший тогда (с учётом правок редакторов), уже прошёл."));
        return new ReportSection("knowledge_review", "Актуальность базы знаний", blocks);
    }
}
