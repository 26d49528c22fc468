using System.Globalization;
using ChatBot.Core.Reports;
using ChatBot.Host.Reports.Rendering;

namespace ChatBot.Host.Reports.Document;

/// <summary>The rows behind the totals: one per session, survey response or application, in the workbook's last sheets.</summary>
internal static class DrillDownTables
{
    public static IReadOnlyList<ReportTable> Of(ReportRows? rows)
    {
        if (rows is null)
        {
            return [];
        }

        var tables = new List<ReportTable>();
        if (rows.Sessions.Count > 0)
        {
            tables.Add(new ReportTable("session_rows", "Строки - сессии", [
                new("id"), new("дата"), new("канал"), new("язык"), new("источник"), new("темы"), new("итог"), new("консультант"),
                new("ожидание, мин", ColumnKind.Decimal), new("оценка", ColumnKind.Count),
            ], [
                .. rows.Sessions.Select(r => (IReadOnlyList<object?>)[
                    r.Id, Date(r.Date), r.Channel, r.Language, r.Source, string.Join(", ", r.Topics), RussianLabels.Outcome(r.Outcome),
                    r.Operator, r.WaitSeconds / 60, r.Csat]),
            ]));
        }

        if (rows.Responses.Count > 0)
        {
            var steps = rows.Responses.SelectMany(r => r.Answers.Select(a => a.Key)).Distinct().ToList();
            tables.Add(new ReportTable("response_rows", "Строки - анкеты", [
                new("id"), new("дата"), new("канал"), new("язык"), new("состояние"), new("последний шаг"), .. steps.Select(s => new ReportColumn(s)),
            ], [
                .. rows.Responses.Select(r => (IReadOnlyList<object?>)[
                    r.Id, Date(r.Date), r.Channel, r.Language, r.Status.ToString(), r.LastStep,
                    .. steps.Select(s => (object?)r.Answers.FirstOrDefault(a => a.Key == s).Value)]),
            ]));
        }

        if (rows.Applications.Count > 0)
        {
            tables.Add(new ReportTable("application_rows", "Строки - заявки", [
                new("номер"), new("дата"), new("тема"), new("статус"), new("канал"),
                new("первый ответ, раб. ч", ColumnKind.Decimal), new("ответ, раб. ч", ColumnKind.Decimal), new("срок нарушен"), new("оценка", ColumnKind.Count),
            ], [
                .. rows.Applications.Select(r => (IReadOnlyList<object?>)[
                    r.Number, Date(r.Date), RussianLabels.ApplicationKind(r.Kind), RussianLabels.ApplicationStatus(r.Status), r.Channel,
                    r.FirstResponseHours, r.AnswerHours, r.Overdue ? "да" : "нет", r.Satisfaction]),
            ]));
        }

        return tables;
    }

    private static string Date(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
