namespace ChatBot.Core.Privacy;

/// <summary>What one retention run anonymised: records of each kind, and idle conversations whose free text it cleared.</summary>
public sealed record RetentionCounts(IReadOnlyDictionary<PersonalRecord, int> Records, int IdleConversations)
{
    public int Total => Records.Values.Sum() + IdleConversations;

    /// <summary>For the log line: "Transcript 120, …, Trainee 2, …, idle conversations 7": every kind the run looked at, in the order of <see cref="PersonalRecord"/>.</summary>
    public override string ToString() =>
        string.Join(", ", Records.OrderBy(r => r.Key).Select(r => $"{r.Key} {r.Value}").Append($"idle conversations {IdleConversations}"));
}
