using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Inbox;

/// <summary>
/// One click of an editor, on one row or many: the ids are the items of the rows chosen.
/// </summary>
/// <param name="Action">One of <see cref="InboxActions"/>.</param>
/// <param name="Topic">For <see cref="InboxActions.Phrasing"/>: the topic the questions become phrasings of.</param>
/// <param name="NewTopic">For <see cref="InboxActions.NewTopic"/>: the topic to save; the questions join its phrasings.</param>
public sealed record InboxCommand(string Action, IReadOnlyList<long> Ids, string? Topic = null, IntentDefinition? NewTopic = null);

/// <param name="Changed">How many items the action moved (on a refusal, those of the rows saved before it).</param>
/// <param name="Reason">Why nothing more was done, for any result but <see cref="InboxResult.Done"/>.</param>
public sealed record InboxOutcome(InboxResult Result, int Changed, string? Reason = null)
{
    public static InboxOutcome Invalid(string reason) => new(InboxResult.Invalid, 0, reason);
}

public enum InboxResult
{
    Done,

    /// <summary>The command itself is wrong: an unknown action or topic, no ids.</summary>
    Invalid,

    /// <summary>None of the ids is an item (any more).</summary>
    NotFound,

    /// <summary>The live knowledge refused the change (its validation's reason).</summary>
    Refused,
}
