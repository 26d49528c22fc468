using ChatBot.Core.Reports;
using ChatBot.Host.Reports.Rendering;

namespace ChatBot.Host.Reports.Document;

/// <summary>The funder's report as a document: the sections in the order the contract lists them, then the drill-down rows.</summary>
public static class FunderReportDocument
{
    public static ReportDocument From(FunderReport report) => new(
        "Отчёт о работе консультационного бота",
        RussianLabels.Period(report.Header.Period),
        report.Header.GeneratedAt,
        [
            SessionPart.Of(report),
            OutcomePart.Of(report.Outcomes, report.Header.Previous),
            TopicPart.Of(report.Topics, report.NotUnderstood),
            HandoffPart.Of(report.Handoffs),
            SurveyPart.Of(report.Survey),
            TrainingPart.Of(report.Trainings),
            ApplicationPart.Of(report.Applications),
            AnnouncementPart.Of(report.Announcements),
            KnowledgeReviewPart.Of(report.KnowledgeReview),
            DataProtectionPart.Of(report.DataProtection),
        ],
        DrillDownTables.Of(report.Rows));

    public static ReportBranding Branding(ReportHeader header) => new(
        header.Organisation,
        string.IsNullOrWhiteSpace(header.LogoPath) || !File.Exists(header.LogoPath) ? null : ReportLogo.FromFile(header.LogoPath));
}
