using ChatBot.Core.Sessions;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>LiteSessionOutcomes</c>: outcomes stored once by id, and the open sessions gone quiet.</summary>
public sealed class InMemorySessionOutcomes(InMemoryDatabase database) : ISessionOutcomes, IIdleSessions
{
    public void Add(SessionOutcome outcome) => database.InTransaction(t => Add(t, outcome));

    public IReadOnlyList<SessionOutcome> StartedBetween(DateTimeOffset from, DateTimeOffset to) =>
        database.Read(t => t.SessionOutcomes.All()
            .Where(o => o.StartedAt >= from && o.StartedAt < to)
            .OrderBy(o => o.StartedAt)
            .ThenBy(o => o.Id, StringComparer.Ordinal)
            .ToList());

    public IReadOnlyList<string> QuietSince(DateTimeOffset lastMessageAtOrBefore) =>
        database.Read(t => t.Conversations.All()
            .Where(c => c.Session is { } session && session.LastMessageAt <= lastMessageAtOrBefore)
            .Select(c => c.Id)
            .ToList());

    internal static void Add(Tables t, SessionOutcome outcome)
    {
        if (!t.SessionOutcomes.Contains(outcome.Id))
        {
            t.SessionOutcomes.Insert(outcome);
        }
    }
}
