using ChatBot.Core.Applications;

namespace ChatBot.Operators.Api;

/// <summary>
/// The console list's filters, read from the query string: <c>kind</c>, <c>status</c>, <c>consultant</c>
/// (a login, or <c>none</c> for the unassigned), <c>overdue=true</c>, <c>olderThanDays</c> (calendar days since
/// submission). An unknown value is an error that names it, not an empty list.
/// </summary>
internal sealed record ApplicationFilter(ApplicationKind? Kind, ApplicationStatus? Status, string? Consultant, bool OverdueOnly, int? OlderThanDays)
{
    public static ApplicationFilter? Read(string? kind, string? status, string? consultant, string? overdue, string? olderThanDays, out string? error)
    {
        error = null;
        ApplicationKind? parsedKind = null;
        if (!string.IsNullOrEmpty(kind))
        {
            if (!ApplicationKinds.TryParse(kind, out var k))
            {
                error = $"kind '{kind}' is not one of legal, tax, finance, permits, export, other";
                return null;
            }

            parsedKind = k;
        }

        ApplicationStatus? parsedStatus = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (ApplicationStatusCodes.Parse(status) is not { } s)
            {
                error = $"status '{status}' is not one of {string.Join(", ", ApplicationStatusCodes.All)}";
                return null;
            }

            parsedStatus = s;
        }

        if (!string.IsNullOrEmpty(overdue) && overdue is not ("true" or "false"))
        {
            error = "overdue is true or false";
            return null;
        }

        int? days = null;
        if (!string.IsNullOrEmpty(olderThanDays))
        {
            if (!int.TryParse(olderThanDays, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d))
            {
                error = "olderThanDays is a whole number of days, 0 or more";
                return null;
            }

            days = d;
        }

        return new ApplicationFilter(parsedKind, parsedStatus, string.IsNullOrWhiteSpace(consultant) ? null : consultant.Trim().ToLowerInvariant(), overdue == "true", days);
    }

    public bool Matches(Application application, ApplicationTiming timing, DateTimeOffset now) =>
        (Kind is null || application.Kind == Kind)
        && (Status is null || application.Status == Status)
        && (Consultant is null || (Consultant == "none" ? application.AssignedTo is null : application.AssignedTo == Consultant))
        && (!OverdueOnly || (application.IsOpen && timing.Overdue))
        && (OlderThanDays is null || now - application.CreatedAt >= TimeSpan.FromDays(OlderThanDays.Value));
}
