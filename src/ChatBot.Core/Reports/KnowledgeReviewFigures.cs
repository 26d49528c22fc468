using ChatBot.Core.Conversations;
using ChatBot.Core.Editing;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Reports;

/// <summary>
/// Answers from the turns' <c>answered</c> events, which /forget and retention leave (as the questions not
/// understood), each judged against the review-by date its topic had when it answered (<see cref="ReviewHistory"/>).
/// </summary>
internal static class KnowledgeReviewFigures
{
    public static readonly IReadOnlyList<string> EventTypes = [AnalyticsEventTypes.Answered];

    public static KnowledgeReviewSection Of(IReadOnlyList<AnalyticsEvent> answered, ReviewHistory history, DateTimeOffset now)
    {
        var today = Time.AlmatyTime.Day(now);
        var answers = answered.Where(e => e.Intent is { } topic && !SystemIntents.All.Contains(topic)).ToList();
        var past = answers.Where(e => history.WasPast(e.Intent!, e.At)).ToList();
        return new KnowledgeReviewSection(
            [.. history.Now
                .Where(t => t.Value is { } by && by < today)
                .Select(t => new TopicReview(t.Key, t.Value!.Value))
                .OrderBy(t => t.ReviewBy)
                .ThenBy(t => t.Topic, StringComparer.Ordinal)],
            answers.Count,
            past.Count,
            [.. past.CountBy(e => e.Intent!).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new KeyCount(c.Key, c.Value))]);
    }
}
