using ChatBot.Core.Applications;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Sessions;
using ChatBot.Core.Time;

namespace ChatBot.Core.Reports;

/// <summary>
/// The drill-down rows: sessions in order of start, with their handoff's operator, wait and rating; survey responses
/// in order of start, with the answers of steps that are neither personal nor free text (those stay sealed).
/// </summary>
internal static class RowsOf
{
    public static IReadOnlyList<SessionRow> Sessions(IReadOnlyList<SessionOutcome> sessions, IReadOnlyDictionary<string, HandoffRecord> handoffs) => sessions
        .Select(s =>
        {
            var handoff = s.HandoffId is { } id ? handoffs.GetValueOrDefault(id) : null;
            return new SessionRow(
                s.Id,
                AlmatyTime.Of(s.StartedAt),
                s.Channel,
                s.Language,
                string.IsNullOrEmpty(s.Source) ? SessionFigures.NoSource : s.Source,
                s.Topics,
                s.Result,
                handoff?.Operator ?? "",
                handoff?.WaitTime?.TotalSeconds,
                handoff?.Rating);
        })
        .ToList();

    public static IReadOnlyList<ResponseRow> Responses(IReadOnlyList<FlowResponse> responses, FlowDefinition? survey, ReportPeriod period)
    {
        var steps = survey?.Steps.Where(s => !s.Personal && s.Type != StepType.Text).Select(s => s.Id).ToList() ?? [];
        return responses
            .Where(r => r.Status != FlowResponseStatus.Restarted && period.Contains(r.StartedAt))
            .OrderBy(r => r.StartedAt)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => new ResponseRow(
                r.Id,
                AlmatyTime.Of(r.StartedAt),
                r.Channel,
                r.Language,
                r.Status,
                r.LastStepId,
                steps.Where(r.Answers.ContainsKey).Select(s => KeyValuePair.Create(s, r.Answers[s] ?? "")).ToList()))
            .ToList();
    }

    /// <summary>Applications submitted in the period in order of submission; hours rounded as the section's figures are.</summary>
    public static IReadOnlyList<ApplicationRow> Applications(IApplications applications, ApplicationClock clock, ReportPeriod period, DateTimeOffset now) => applications.All()
        .Where(a => period.Contains(a.CreatedAt))
        .OrderBy(a => a.CreatedAt)
        .ThenBy(a => a.Id, StringComparer.Ordinal)
        .Select(a => new ApplicationRow(
            a.Id,
            AlmatyTime.Of(a.CreatedAt),
            a.Kind.Code(),
            a.Status.Code(),
            a.Channel,
            Hours(clock.ToFirstResponse(a)),
            Hours(clock.ToAnswer(a)),
            clock.Of(a, now).Overdue,
            a.Satisfaction))
        .ToList();

    private static double? Hours(TimeSpan? span) => span is { } s ? Math.Round(s.TotalHours, 2) : null;
}
