using ChatBot.Core.Knowledge;

namespace ChatBot.Knowledge.Loading;

/// <summary>
/// What an editor should fix but that does not stop the bot: FAQ topics without a short answer
/// (users still get the full one) and topics past their review date.
/// </summary>
public static class EditorialWarnings
{
    public static IReadOnlyList<LoadError> Find(KnowledgeBase knowledge, IReadOnlyDictionary<string, IntentPlace> places, DateOnly today)
    {
        var warnings = new List<LoadError>();
        foreach (var intent in knowledge.Intents.Where(i => !i.IsSystem))
        {
            var place = places.TryGetValue(intent.Id, out var found) ? found : new IntentPlace("knowledge", 1);
            if (intent.Short is null)
            {
                warnings.Add(new LoadError(place.File, place.Line, $"warning: topic '{intent.Id}' has no short answer"));
            }

            if (intent.ReviewBy is { } reviewBy && reviewBy < today)
            {
                warnings.Add(new LoadError(place.File, place.Line, $"warning: topic '{intent.Id}' was due for review by {reviewBy:yyyy-MM-dd}"));
            }
        }

        return warnings;
    }
}
