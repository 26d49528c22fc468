using ChatBot.Core.Sessions;

namespace ChatBot.Storage.PostgreSql;

/// <summary>
/// Session outcomes (table <c>session_outcomes</c>, indexed by start), written with the turn or the sweep that ended
/// the session, and the open sessions gone quiet (read from the conversations).
/// </summary>
public sealed class PgSessionOutcomes(PgDatabase database) : ISessionOutcomes, IIdleSessions
{
    // The turn and the sweeper may both end one session: the first outcome written stands.
    public void Add(SessionOutcome outcome) => database.Tables.SessionOutcomes.InsertIfNew(outcome);

    public IReadOnlyList<SessionOutcome> StartedBetween(DateTimeOffset from, DateTimeOffset to) =>
        database.Tables.SessionOutcomes.Find("where started_at >= @from and started_at < @to", ("from", from), ("to", to))
            .OrderBy(o => o.StartedAt)
            .ThenBy(o => o.Id, StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<string> QuietSince(DateTimeOffset lastMessageAtOrBefore) => database.Run(session =>
    {
        using var command = session.Command("select id from conversations where session_last_message_at <= @at");
        command.Parameters.AddWithValue("at", lastMessageAtOrBefore.ToUniversalTime());
        var ids = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    });
}
