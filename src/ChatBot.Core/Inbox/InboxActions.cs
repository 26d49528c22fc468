namespace ChatBot.Core.Inbox;

/// <summary>The one-click actions on inbox items, as the API and the trace name them.</summary>
public static class InboxActions
{
    /// <summary>Add the question as a phrasing of an existing topic.</summary>
    public const string Phrasing = "phrasing";

    /// <summary>Start a new topic from the question.</summary>
    public const string NewTopic = "new-topic";

    /// <summary>Mark the question as what the bot does not cover (a negative example).</summary>
    public const string OutOfScope = "out-of-scope";

    public const string Ignore = "ignore";

    /// <summary>Back to pending: an action taken by mistake is undone without losing its trace.</summary>
    public const string Reopen = "reopen";

    public static IReadOnlyList<string> All { get; } = [Phrasing, NewTopic, OutOfScope, Ignore, Reopen];
}
