namespace ChatBot.Core.Inbox;

/// <summary>
/// One thing an editor did with an inbox item. Items are never deleted by the inbox, only moved between statuses,
/// and each move keeps what was done, by whom and when.
/// </summary>
public sealed class InboxStep
{
    /// <summary>One of <see cref="InboxActions"/>.</summary>
    public string Action { get; set; } = "";

    public InboxStatus Status { get; set; }

    /// <summary>What the action concerned, such as the topic a phrasing went to; never personal data.</summary>
    public string? Detail { get; set; }

    /// <summary>The editor's login.</summary>
    public string By { get; set; } = "";

    public DateTimeOffset At { get; set; }
}
