namespace ChatBot.Core.Campaigns;

/// <summary>Where a survey stands: always open (no campaign yet), open for a period, or closed.</summary>
public sealed record CampaignStatus(
    string Survey,
    string State,
    string Period,
    DateTimeOffset? OpenedAt,
    string? OpenedBy,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    string? ReopensOn,
    int Invited,
    int Respondents)
{
    public const string AlwaysOpen = "always_open";
    public const string Open = "open";
    public const string Closed = "closed";
}

/// <summary>The answer to an admin's open or close: done (with the status and, for open, the invitations) or why not.</summary>
public sealed record CampaignResult(CampaignOutcome Outcome, string? Reason = null, CampaignStatus? Status = null, InvitationReport? Invitations = null)
{
    public static CampaignResult Refused(CampaignOutcome outcome, string reason) => new(outcome, reason);
}

public enum CampaignOutcome
{
    Done,
    UnknownSurvey,
    Invalid,
    Conflict,
}
