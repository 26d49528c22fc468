using ChatBot.Core.Sessions;

namespace ChatBot.Core.Reports;

/// <summary>The topics answered in the most sessions; a topic answered twice in a session counts once.</summary>
internal static class TopicFigures
{
    public static TopicSection Of(IReadOnlyList<SessionOutcome> sessions, int top) => new(sessions
        .SelectMany(s => s.Topics.Distinct(StringComparer.Ordinal))
        .GroupBy(t => t, StringComparer.Ordinal)
        .Select(g => new KeyCount(g.Key, g.Count()))
        .OrderByDescending(t => t.Count)
        .ThenBy(t => t.Key, StringComparer.Ordinal)
        .Take(top)
        .ToList());
}
