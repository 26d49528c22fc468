using System.Globalization;

namespace ChatBot.Core.Reports;

/// <summary>
/// Every number of a report as a flat list, each marked additive or not, in the report's order: the CSV summary, and
/// what the consistency of months, quarters and the year is checked on. Counts are additive; unique counts, shares,
/// percentages, medians, averages, scores, targets, totals to date, the top topics (a cut list) and what is counted
/// "now" (subscribers, topics past their review date at the time of the report) are not.
/// </summary>
public static class ReportFigures
{
    public static IReadOnlyList<ReportFigure> Of(FunderReport report)
    {
        var figures = new List<ReportFigure>();
        void Add(string section, string name, string breakdown, double? value, Additivity additivity)
        {
            if (value is { } v)
            {
                figures.Add(new ReportFigure(section, name, breakdown, v, additivity));
            }
        }

        void Count(string section, string name, string breakdown, double? value) => Add(section, name, breakdown, value, Additivity.Additive);
        void Other(string section, string name, string breakdown, double? value) => Add(section, name, breakdown, value, Additivity.NotAdditive);

        var s = report.Sessions;
        Count("sessions", "sessions", "", s.Sessions);
        Other("sessions", "unique_users", "", s.UniqueUsers);
        foreach (var (name, list) in new[] { ("channel", s.ByChannel), ("language", s.ByLanguage), ("source", s.BySource) })
        {
            foreach (var c in list)
            {
                Count("sessions", "sessions_by_" + name, c.Key, c.Sessions);
                Other("sessions", "unique_users_by_" + name, c.Key, c.UniqueUsers);
            }
        }

        foreach (var o in report.Outcomes.Outcomes)
        {
            var key = o.Result.ToString();
            Count("outcomes", "count", key, o.Count);
            Other("outcomes", "share_percent", key, o.SharePercent);
            Other("outcomes", "previous_count", key, o.PreviousCount);
            Other("outcomes", "previous_share_percent", key, o.PreviousSharePercent);
            Other("outcomes", "change_points", key, o.ChangePoints);
        }

        foreach (var topic in report.Topics.Top)
        {
            Other("topics", "sessions", topic.Key, topic.Count);
        }

        Count("not_understood", "questions", "", report.NotUnderstood.Questions);
        Counts("not_understood", "questions_by_language", report.NotUnderstood.ByLanguage, Count);

        var h = report.Handoffs;
        Count("handoffs", "requested", "", h.Requested);
        Counts("handoffs", "by_reason", h.ByReason, Count);
        Counts("handoffs", "by_outcome", h.ByOutcome, Count);
        Duration("handoffs", "wait", "", h.Wait, Count, Other);
        Duration("handoffs", "handling", "", h.Handling, Count, Other);
        Csat("handoffs", "", h.Csat, Count, Other);
        foreach (var op in h.ByOperator)
        {
            Count("handoffs", "handled", op.Operator, op.Handled);
            Duration("handoffs", "wait", op.Operator, op.Wait, Count, Other);
            Duration("handoffs", "handling", op.Operator, op.Handling, Count, Other);
            Csat("handoffs", op.Operator, op.Csat, Count, Other);
        }

        var v = report.Survey;
        Count("survey", "started", "", v.Started);
        Count("survey", "respondents", "", v.Respondents);
        Other("survey", "completion_percent", "", v.CompletionPercent);
        Progress("survey", "year", v.Year, Other);
        Progress("survey", "contract", v.Contract, Other);
        foreach (var d in v.DropOff)
        {
            Count("survey", "left_at_step", d.Step, d.Left);
        }

        foreach (var distribution in v.Distributions)
        {
            Count("survey", "answered", distribution.Step, distribution.Answered);
            Count("survey", "skipped", distribution.Step, distribution.Skipped);
            foreach (var option in distribution.Options)
            {
                Count("survey", "chose", $"{distribution.Step}={option.Value}", option.Count);
                Other("survey", "chose_share", $"{distribution.Step}={option.Value}", option.Share);
            }
        }

        foreach (var cell in v.DistrictBySector.Cells)
        {
            Count("survey", $"{v.DistrictBySector.Rows}_by_{v.DistrictBySector.Columns}", $"{cell.Row}|{cell.Column}", cell.Respondents);
        }

        if (v.Nps is { } nps)
        {
            Count("survey", "nps_answered", nps.Step, nps.Answered);
            Count("survey", "nps_promoters", nps.Step, nps.Promoters);
            Count("survey", "nps_passives", nps.Step, nps.Passives);
            Count("survey", "nps_detractors", nps.Step, nps.Detractors);
            Other("survey", "nps_score", nps.Step, nps.Score);
        }

        var t = report.Trainings;
        Count("trainings", "held", "", t.Held);
        Counts("trainings", "held_by_format", t.HeldByFormat, Count);
        Count("trainings", "enrolled", "", t.Enrolled);
        Count("trainings", "attended", "", t.Attended);
        Count("trainings", "no_shows", "", t.NoShows);
        Other("trainings", "unique_trainees", "", t.UniqueTrainees);
        Progress("trainings", "year", t.Year, Other);
        Progress("trainings", "contract", t.Contract, Other);
        Count("trainings", "on_waiting_lists", "", t.OnWaitingLists);
        Count("trainings", "promoted_from_waiting_lists", "", t.PromotedFromWaitingLists);

        var p = report.DataProtection;
        Count("data_protection", "consents", "", p.Consents);
        Count("data_protection", "erasure_requests", "", p.ErasureRequests);
        Count("data_protection", "erasures_completed", "", p.ErasuresCompleted);
        Other("data_protection", "completion_percent", "", p.CompletionPercent);

        // As they stand at the time of the report, of the applications submitted in the period: a quarter's count is
        // its months' when they are reported at the same time.
        var a = report.Applications;
        Count("applications", "submitted", "", a.Submitted);
        Counts("applications", "by_kind", a.ByKind, Count);
        Counts("applications", "by_status", a.ByStatus, Count);
        foreach (var kind in a.ByKindAndStatus)
        {
            Counts("applications", "by_status_of_" + kind.Kind, kind.ByStatus, Count);
        }

        Hours("applications", "first_response", a.FirstResponse, Count, Other);
        Hours("applications", "answer", a.Answer, Count, Other);
        Count("applications", "overdue", "", a.Overdue);
        Count("applications", "overdue_open", "", a.OverdueOpen);
        Count("applications", "satisfaction_asked", "", a.Satisfaction.Asked);
        Count("applications", "satisfaction_answered", "", a.Satisfaction.Answered);
        Other("applications", "satisfaction_average", "", a.Satisfaction.Average);
        Counts("applications", "satisfaction_score", a.Satisfaction.Scores, Count);

        var n = report.Announcements;
        Count("announcements", "sent", "", n.Sent);
        Counts("announcements", "recipients", n.Recipients, Count);
        Other("announcements", "subscribers_now", "", n.Now.Subscribers);
        Counts("announcements", "subscribers_now_by_topic", n.Now.ByTopic, Other);

        var k = report.KnowledgeReview;
        Other("knowledge_review", "topics_past_review_now", "", k.PastReviewNow.Count);
        Count("knowledge_review", "answers", "", k.Answers);
        Count("knowledge_review", "answers_past_review", "", k.AnswersPastReview);
        Counts("knowledge_review", "answers_past_review_by_topic", k.AnswersPastReviewByTopic, Count);
        return figures;
    }

    private static void Counts(string section, string name, IReadOnlyList<KeyCount> counts, Action<string, string, string, double?> count)
    {
        foreach (var c in counts)
        {
            count(section, name, c.Key, c.Count);
        }
    }

    private static void Duration(
        string section, string name, string breakdown, DurationStats stats, Action<string, string, string, double?> count, Action<string, string, string, double?> other)
    {
        count(section, name + "_measured", breakdown, stats.Measured);
        other(section, name + "_median_seconds", breakdown, stats.MedianSeconds);
        other(section, name + "_p90_seconds", breakdown, stats.P90Seconds);
    }

    private static void Csat(
        string section, string breakdown, CsatFigures csat, Action<string, string, string, double?> count, Action<string, string, string, double?> other)
    {
        count(section, "rated", breakdown, csat.Rated);
        other(section, "rating_average", breakdown, csat.Average);
        other(section, "csat_percent", breakdown, csat.SatisfiedPercent);
    }

    private static void Hours(
        string section, string name, HoursStats stats, Action<string, string, string, double?> count, Action<string, string, string, double?> other)
    {
        count(section, name + "_measured", "", stats.Measured);
        other(section, name + "_median_hours", "", stats.MedianHours);
        other(section, name + "_p90_hours", "", stats.P90Hours);
    }

    // The period's own count is the section's respondents or unique trainees, listed once there.
    private static void Progress(string section, string name, TargetProgress progress, Action<string, string, string, double?> other)
    {
        other(section, name + "_target", "", progress.Target);
        other(section, name + "_period_percent", "", progress.PeriodPercent);
        other(section, name + "_to_date", "", progress.ToDate);
        other(section, name + "_to_date_percent", "", progress.ToDatePercent);
    }

    /// <summary>A value as the CSV and the JSON summary write it: invariant, no exponent, as few digits as it needs.</summary>
    public static string Format(double value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
