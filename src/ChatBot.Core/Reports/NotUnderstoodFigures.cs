using ChatBot.Core.Conversations;

namespace ChatBot.Core.Reports;

/// <summary>
/// Questions not understood are counted from the turns' fallback events, which /forget and retention leave (so the
/// count does not change when a user erases their data); their texts come from the editors' list, which they empty.
/// </summary>
internal static class NotUnderstoodFigures
{
    public static NotUnderstoodSection Of(IReadOnlyList<AnalyticsEvent> fallbacks, IReadOnlyList<UnansweredQuestion>? texts) => new(
        fallbacks.Count,
        fallbacks.GroupBy(e => e.Language, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KeyCount(g.Key, g.Count())).ToList(),
        texts?.Select(q => new NotUnderstoodQuestion(q.At, q.Language, q.Text)).ToList() ?? []);
}
