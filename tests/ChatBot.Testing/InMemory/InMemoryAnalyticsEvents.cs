using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>LiteAnalyticsEvents</c>; the events are written by the turns.</summary>
public sealed class InMemoryAnalyticsEvents(InMemoryDatabase database) : IAnalyticsEvents
{
    public IReadOnlyList<AnalyticsEvent> Between(DateTimeOffset from, DateTimeOffset to, IReadOnlyCollection<string> types) =>
        database.Read(t => t.Events.All()
            .Where(e => e.At >= from && e.At < to && types.Contains(e.Type, StringComparer.Ordinal))
            .OrderBy(e => e.At)
            .ThenBy(e => e.Id)
            .ToList());
}
