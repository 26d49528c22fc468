namespace ChatBot.Core.Knowledge;

/// <summary>
/// How many failures in a row bring a person in, from the <c>handoff</c> section of knowledge/policy.yaml.
/// </summary>
/// <param name="WrongAnswers">Invalid answers to one question of a flow; the flow waits at that question.</param>
/// <param name="Misunderstandings">Messages the bot could not understand, instead of another "I don't know".</param>
public sealed record HandoffCounts(int WrongAnswers, int Misunderstandings)
{
    /// <summary>The counts before they moved to policy.yaml, for a knowledge folder that does not state them.</summary>
    public static HandoffCounts Default { get; } = new(3, 2);
}
