using ChatBot.Core.Flows;
using ChatBot.Core.Sessions;

namespace ChatBot.Core.Reports;

/// <summary>The rows behind the totals, when asked for: a total without its rows cannot be checked.</summary>
public sealed record ReportRows(IReadOnlyList<SessionRow> Sessions, IReadOnlyList<ResponseRow> Responses)
{
    /// <summary>Which rows were asked for, so that an empty list still says what it lists.</summary>
    public ReportDrillDown Kind { get; init; } = Sessions.Count > 0 || Responses.Count == 0 ? ReportDrillDown.Sessions : ReportDrillDown.Responses;

    /// <summary>The applications' rows, when <see cref="Kind"/> is <see cref="ReportDrillDown.Applications"/>.</summary>
    public IReadOnlyList<ApplicationRow> Applications { get; init; } = [];
}

/// <summary>One session; <see cref="Date"/> is its start in Almaty time, the wait in seconds, the rating 1–5.</summary>
public sealed record SessionRow(
    string Id,
    DateTimeOffset Date,
    string Channel,
    string Language,
    string Source,
    IReadOnlyList<string> Topics,
    SessionResult Outcome,
    string Operator,
    double? WaitSeconds,
    int? Csat);

/// <summary>One survey response (anonymous): its non-personal answers by step, in step order.</summary>
public sealed record ResponseRow(
    string Id,
    DateTimeOffset Date,
    string Channel,
    string Language,
    FlowResponseStatus Status,
    string LastStep,
    IReadOnlyList<KeyValuePair<string, string>> Answers);

/// <summary>
/// One application submitted in the period, as it stands at the time of the report: nothing personal (no name, phone,
/// description or history), only its number, kind, status, channel, business hours to the first response and to the
/// answer, whether it is or was late, and the score 1–5.
/// </summary>
public sealed record ApplicationRow(
    string Number,
    DateTimeOffset Date,
    string Kind,
    string Status,
    string Channel,
    double? FirstResponseHours,
    double? AnswerHours,
    bool Overdue,
    int? Satisfaction);

/// <summary>Which rows a report carries.</summary>
public enum ReportDrillDown
{
    None,
    Sessions,
    Responses,
    Applications,
}
