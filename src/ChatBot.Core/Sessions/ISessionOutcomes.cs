namespace ChatBot.Core.Sessions;

/// <summary>The outcomes of ended sessions, for the reports.</summary>
public interface ISessionOutcomes
{
    /// <summary>Stores the outcome; one already stored under the same id is left as it was.</summary>
    void Add(SessionOutcome outcome);

    /// <summary>The sessions that started in [<paramref name="from"/>, <paramref name="to"/>), in order of start.</summary>
    IReadOnlyList<SessionOutcome> StartedBetween(DateTimeOffset from, DateTimeOffset to);
}
