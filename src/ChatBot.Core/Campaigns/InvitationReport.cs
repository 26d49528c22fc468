namespace ChatBot.Core.Campaigns;

/// <summary>What one round of invitations did with the subscribers it went through.</summary>
public sealed class InvitationReport
{
    /// <summary>Invitations queued now.</summary>
    public int Invited { get; set; }

    /// <summary>Invited before (an earlier open, or a round cut short by a restart).</summary>
    public int AlreadyInvited { get; set; }

    /// <summary>Subscribed, but with the topic "surveys" turned off.</summary>
    public int OtherTopics { get; set; }

    /// <summary>Already completed the survey in the campaign's period.</summary>
    public int Completed { get; set; }

    /// <summary>The user blocked the bot in Telegram.</summary>
    public int Blocked { get; set; }

    /// <summary>Inside this survey already, or with an operator: a later open reaches them.</summary>
    public int Busy { get; set; }

    /// <summary>On a channel that cannot be written to first (the terminal).</summary>
    public int Unreachable { get; set; }
}
