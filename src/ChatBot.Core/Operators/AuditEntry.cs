using ChatBot.Core.Privacy;

namespace ChatBot.Core.Operators;

/// <summary>One operator action: who did what, to which conversation, when.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public string Operator { get; set; } = "";

    public string Action { get; set; } = "";

    public string? ConversationId { get; set; }

    [Personal]
    public string? Detail { get; set; }

    public DateTimeOffset At { get; set; }
}

public static class AuditActions
{
    public const string Login = "login";
    public const string LoginFailed = "login_failed";
    public const string Logout = "logout";
    public const string View = "view";

    /// <summary>A conversation outside the handoff opened with a stated reason (the entry's detail).</summary>
    public const string ViewWithReason = "view_with_reason";
    public const string Claim = "claim";
    public const string Reply = "reply";
    public const string Note = "note";
    public const string Transfer = "transfer";
    public const string Release = "release";
    public const string Close = "close";
    public const string AccountAdded = "account_added";
    public const string AccountDisabled = "account_disabled";
    public const string AccountEnabled = "account_enabled";
    public const string PasswordReset = "password_reset";
    public const string CannedAdded = "canned_added";
    public const string CannedRemoved = "canned_removed";
    public const string CampaignOpened = "campaign_opened";
    public const string CampaignClosed = "campaign_closed";
    public const string AnnouncementCreated = "announcement_created";
    public const string AnnouncementSent = "announcement_sent";
    public const string AnnouncementStopped = "announcement_stopped";
    public const string AnnouncementResumed = "announcement_resumed";

    /// <summary>An application opened, or one of its attachments read (the entry's detail names the application).</summary>
    public const string ApplicationView = "application_view";
}
