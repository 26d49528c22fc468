using ChatBot.Core.Sessions;

namespace ChatBot.Core.Reports;

/// <summary>Sessions and unique users, in total and by channel, language and source.</summary>
internal static class SessionFigures
{
    public const string NoSource = "(none)";

    public static SessionSection Of(IReadOnlyList<SessionOutcome> sessions) => new(
        sessions.Count,
        Unique(sessions),
        By(sessions, s => s.Channel),
        By(sessions, s => s.Language),
        By(sessions, s => string.IsNullOrEmpty(s.Source) ? NoSource : s.Source));

    private static List<SessionCount> By(IReadOnlyList<SessionOutcome> sessions, Func<SessionOutcome, string> key) => sessions
        .GroupBy(key, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new SessionCount(g.Key, g.Count(), Unique(g)))
        .ToList();

    private static int Unique(IEnumerable<SessionOutcome> sessions) => sessions.Select(s => s.UserKey).Distinct(StringComparer.Ordinal).Count();
}
