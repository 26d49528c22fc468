using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Editing;

/// <summary>
/// The review-by date each topic had at any past moment: the date now, taken back through the editors' changes (the
/// date before the first change after the moment was the date then). A topic is past its date on a day after it
/// (<see cref="ReviewDates.IsPast"/>).
/// </summary>
public sealed class ReviewHistory
{
    private readonly Dictionary<string, DateOnly?> _now;
    private readonly Dictionary<string, List<ReviewChange>> _changes;

    public ReviewHistory(IEnumerable<IntentDefinition> topicsNow, IEnumerable<ReviewChange> changes)
    {
        _now = topicsNow.Where(t => !t.IsSystem).ToDictionary(t => t.Id, t => t.ReviewBy, StringComparer.Ordinal);
        _changes = changes.GroupBy(c => c.Topic, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.At).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The topics (not the system intents) as they are now, with their review-by dates.</summary>
    public IReadOnlyDictionary<string, DateOnly?> Now => _now;

    /// <summary>The review-by date <paramref name="topic"/> had at <paramref name="at"/>; null when it had none or did not exist.</summary>
    public DateOnly? ReviewByAt(string topic, DateTimeOffset at)
    {
        if (_changes.TryGetValue(topic, out var changes) && changes.FirstOrDefault(c => c.At > at) is { } next)
        {
            return next.ReviewByBefore;
        }

        return _now.GetValueOrDefault(topic);
    }

    /// <summary>Whether <paramref name="topic"/> was past its review-by date on the (Almaty) day of <paramref name="at"/>.</summary>
    public bool WasPast(string topic, DateTimeOffset at) => ReviewByAt(topic, at) is { } by && by < Time.AlmatyTime.Day(at);

    /// <summary>
    /// From the live knowledge's history: each change's topic before it. A change whose topic text cannot be read (an
    /// older format) is skipped: the date after it then reaches further back.
    /// </summary>
    public static ReviewHistory Read(KnowledgeBase now, ILiveKnowledgeStore? store, IKnowledgeFormat? format)
    {
        if (store is null || format is null)
        {
            return new ReviewHistory(now.Intents, []);
        }

        var changes = new List<ReviewChange>();
        foreach (var change in store.Changes(limit: int.MaxValue))
        {
            if (change.Before is null)
            {
                changes.Add(new ReviewChange(change.At, change.IntentId, null));
                continue;
            }

            try
            {
                changes.Add(new ReviewChange(change.At, change.IntentId, format.ParseTopic(change.Before).ReviewBy));
            }
            catch (InvalidDataException)
            {
                // Skipped: the date after this change reaches further back.
            }
        }

        return new ReviewHistory(now.Intents, changes);
    }
}

/// <summary>A change of a topic at <paramref name="At"/>, and the review-by date it had before (null: none, or no topic yet).</summary>
public sealed record ReviewChange(DateTimeOffset At, string Topic, DateOnly? ReviewByBefore);
