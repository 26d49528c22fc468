namespace ChatBot.Core.Announcements;

/// <summary>What one round of queueing did with the subscribers it went through.</summary>
public sealed class QueueReport
{
    /// <summary>Queued now.</summary>
    public int Queued { get; set; }

    /// <summary>Queued before (an earlier round, or one cut short by a stop or a restart).</summary>
    public int AlreadyQueued { get; set; }

    /// <summary>Subscribed, but to none of the announcement's topics.</summary>
    public int OtherTopics { get; set; }

    /// <summary>On a channel the announcement does not go to (or the terminal, which cannot be written to first).</summary>
    public int OtherChannels { get; set; }

    /// <summary>The user blocked the bot in Telegram.</summary>
    public int Blocked { get; set; }

    /// <summary>The round ended early because the announcement was stopped meanwhile.</summary>
    public bool Stopped { get; set; }
}
