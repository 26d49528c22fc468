namespace ChatBot.Core.Editing;

/// <summary>One saved change of the live knowledge, with the topic before and after it (as YAML), for history and revert.</summary>
public sealed class KnowledgeChange
{
    public long Id { get; set; }

    /// <summary>The live knowledge's version this change made.</summary>
    public long Version { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The login of the editor (or "cli", "inbox" ...).</summary>
    public string Author { get; set; } = "";

    /// <summary>One of <see cref="KnowledgeChangeKinds"/>.</summary>
    public string Kind { get; set; } = "";

    public string IntentId { get; set; } = "";

    /// <summary>What was changed, in a line ("ru: как открыть ип").</summary>
    public string Summary { get; set; } = "";

    /// <summary>The topic before the change as a one-topic YAML file; null for a new topic.</summary>
    public string? Before { get; set; }

    /// <summary>The topic after the change; null when the change removed it (the revert of a new topic).</summary>
    public string? After { get; set; }

    /// <summary>The change this one reverted.</summary>
    public long? Reverts { get; set; }
}

public static class KnowledgeChangeKinds
{
    public const string PhrasingAdded = "phrasing-added";
    public const string PhrasingRemoved = "phrasing-removed";
    public const string OutOfScopeAdded = "out-of-scope-added";
    public const string TopicAdded = "topic-added";
    public const string TopicEdited = "topic-edited";
    public const string Reverted = "reverted";
}
