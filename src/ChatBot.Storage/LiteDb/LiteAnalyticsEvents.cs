using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;

namespace ChatBot.Storage.LiteDb;

public sealed class LiteAnalyticsEvents(ChatBotDatabase database) : IAnalyticsEvents
{
    public IReadOnlyList<AnalyticsEvent> Between(DateTimeOffset from, DateTimeOffset to, IReadOnlyCollection<string> types)
    {
        var wanted = types.ToHashSet(StringComparer.Ordinal);

        // The range uses the index on At; the types are few and filtered here.
        return database.Database.GetCollection<AnalyticsEvent>(Collections.Events)
            .Find(e => e.At >= from && e.At < to)
            .Where(e => wanted.Contains(e.Type))
            .OrderBy(e => e.At)
            .ThenBy(e => e.Id)
            .ToList();
    }
}
