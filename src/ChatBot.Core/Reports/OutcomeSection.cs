using ChatBot.Core.Sessions;

namespace ChatBot.Core.Reports;

/// <summary>One outcome per session: the counts add up to the sessions, the shares to 100 %.</summary>
public sealed record OutcomeSection(int Sessions, IReadOnlyList<OutcomeFigure> Outcomes);

/// <summary>
/// An outcome's count and share (in percent) in the period and the previous one, and the change of the share in
/// percentage points.
/// </summary>
public sealed record OutcomeFigure(
    SessionResult Result,
    int Count,
    double SharePercent,
    int PreviousCount,
    double PreviousSharePercent,
    double ChangePoints);
