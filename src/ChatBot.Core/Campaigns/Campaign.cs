namespace ChatBot.Core.Campaigns;

/// <summary>
/// One survey period that an admin opened: while it is open the survey takes answers for <see cref="Period"/>;
/// once closed the bot says so (and when it opens again, if the admin said). Its id is flow|period.
/// </summary>
public sealed class Campaign
{
    public string Id { get; set; } = "";

    public string FlowId { get; set; } = "";

    /// <summary>"2026" for a yearly survey, "2026-03" for a monthly one: the period its responses count for.</summary>
    public string Period { get; set; } = "";

    public bool IsOpen { get; set; }

    /// <summary>Null for a survey closed before any period was opened.</summary>
    public DateTimeOffset? OpenedAt { get; set; }

    public string OpenedBy { get; set; } = "";

    public DateTimeOffset? ClosedAt { get; set; }

    public string? ClosedBy { get; set; }

    /// <summary>The day (Almaty, yyyy-MM-dd) the next period opens, when the admin said so at closing.</summary>
    public string? ReopensOn { get; set; }

    /// <summary>The last open or close: the latest campaign of a flow decides whether its survey is open.</summary>
    public DateTimeOffset ChangedAt { get; set; }

    public static string Key(string flowId, string period) => $"{flowId}|{period}";
}
