using ChatBot.Core.Conversations;
using ChatBot.Core.Sessions;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Session outcomes (collection <c>session_outcomes</c>, indexed by start), written with the turn or the sweep that
/// ended the session, and the open sessions gone quiet (read from the conversations).
/// </summary>
public sealed class LiteSessionOutcomes(ChatBotDatabase database) : ISessionOutcomes, IIdleSessions
{
    private ILiteCollection<SessionOutcome> Outcomes => database.Database.GetCollection<SessionOutcome>(Collections.SessionOutcomes);

    public void Add(SessionOutcome outcome) => database.InTransaction(db => Add(db, outcome));

    public IReadOnlyList<SessionOutcome> StartedBetween(DateTimeOffset from, DateTimeOffset to) =>
        Outcomes.Find(o => o.StartedAt >= from && o.StartedAt < to)
            .OrderBy(o => o.StartedAt)
            .ThenBy(o => o.Id, StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<string> QuietSince(DateTimeOffset lastMessageAtOrBefore) =>
        database.Database.GetCollection<Conversation>(Collections.Conversations)
            .Find(c => c.Session != null && c.Session.LastMessageAt <= lastMessageAtOrBefore)
            .Select(c => c.Id)
            .ToList();

    // Insert-if-absent: the turn and the sweeper may both end the same session; the first write stands.
    internal static void Add(LiteDatabase db, SessionOutcome outcome)
    {
        var outcomes = db.GetCollection<SessionOutcome>(Collections.SessionOutcomes);
        if (outcomes.FindById(outcome.Id) is null)
        {
            outcomes.Insert(outcome);
        }
    }
}
