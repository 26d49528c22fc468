namespace ChatBot.Core.Applications;

/// <summary>
/// Which status may follow which: new → assigned → waiting for the entrepreneur ⇄ assigned → answered → closed.
/// An answered or closed application may be reopened (back to assigned); any open one may be closed (a duplicate,
/// a withdrawn request). Staying in the same status is not a change.
/// </summary>
public static class ApplicationTransitions
{
    public static bool Allowed(ApplicationStatus from, ApplicationStatus to) => (from, to) switch
    {
        _ when from == to => false,
        (ApplicationStatus.New, ApplicationStatus.Assigned) => true,
        (ApplicationStatus.Assigned, ApplicationStatus.WaitingForEntrepreneur or ApplicationStatus.Answered) => true,
        (ApplicationStatus.WaitingForEntrepreneur, ApplicationStatus.Assigned or ApplicationStatus.Answered) => true,
        (ApplicationStatus.Answered or ApplicationStatus.Closed, ApplicationStatus.Assigned) => true,
        (_, ApplicationStatus.Closed) => true,
        _ => false,
    };

    /// <summary>Every status reachable from <paramref name="from"/>: what the console offers.</summary>
    public static IReadOnlyList<ApplicationStatus> From(ApplicationStatus from) =>
        Enum.GetValues<ApplicationStatus>().Where(to => Allowed(from, to)).ToList();
}
