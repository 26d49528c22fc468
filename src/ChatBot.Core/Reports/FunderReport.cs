namespace ChatBot.Core.Reports;

/// <summary>
/// The report to the funder for one period, every section of it; the renderers only lay it out. Lists are in a fixed
/// order, so the same data gives the same report.
/// </summary>
public sealed record FunderReport(
    ReportHeader Header,
    SessionSection Sessions,
    OutcomeSection Outcomes,
    TopicSection Topics,
    NotUnderstoodSection NotUnderstood,
    HandoffSection Handoffs,
    SurveySection Survey,
    TrainingSection Trainings,
    DataProtectionSection DataProtection,
    ApplicationSection Applications,
    AnnouncementSection Announcements,
    KnowledgeReviewSection KnowledgeReview,
    ReportRows? Rows);
