using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Editing;

/// <summary>
/// Which topics are due for an editor's review: past their review-by date, or within <see cref="Soon"/> of it. A topic
/// past its date is still answered; it is only listed for the editors.
/// </summary>
public static class ReviewDates
{
    /// <summary>A month's notice: tax topics due on 15 January show from mid-December.</summary>
    public static readonly TimeSpan Soon = TimeSpan.FromDays(30);

    public static bool IsPast(IntentDefinition topic, DateOnly today) => topic.ReviewBy is { } by && by < today;

    public static bool IsDue(IntentDefinition topic, DateOnly today) => topic.ReviewBy is { } by && by <= today.AddDays((int)Soon.TotalDays);

    /// <summary>The due topics, the most overdue first.</summary>
    public static IReadOnlyList<IntentDefinition> Due(KnowledgeBase knowledge, DateOnly today) =>
        knowledge.Intents.Where(i => !i.IsSystem && IsDue(i, today)).OrderBy(i => i.ReviewBy).ToList();
}
