using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;

namespace ChatBot.Core.Announcements;

/// <summary>The status of one recipient, read from the fate of the outbox item queued for them.</summary>
public static class RecipientStatus
{
    public const string Queued = "queued";
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Blocked = "blocked";
    public const string Withdrawn = "withdrawn";

    public static readonly IReadOnlyList<string> All = [Queued, Sent, Failed, Blocked, Withdrawn];

    /// <param name="channel">The recipient's channel: the web chat's items are in the history once queued.</param>
    /// <param name="item">Null when /forget erased it.</param>
    public static string Of(string channel, OutboxState? item) => item switch
    {
        null => Withdrawn,
        { Delivered: true } => Sent,
        { Dropped: false } or { DropReason: AnnouncementDelivery.HeldReason } => channel == Channels.Web ? Sent : Queued,
        { DropReason: CampaignInvitation.WithdrawnReason } => Withdrawn,
        { DropReason: { } reason } when reason.StartsWith(OutboxItem.BlockedReason, StringComparison.Ordinal) => Blocked,
        _ => Failed,
    };
}

/// <summary>What the recipient's status needs of an outbox item, without its (sealed) message.</summary>
public sealed record OutboxState(long Id, bool Delivered, bool Dropped, string? DropReason)
{
    public static OutboxState Of(OutboxItem item) => new(item.Id, item.DeliveredAt is not null, item.DroppedAt is not null, item.DropReason);
}

/// <summary>How many recipients of an announcement (or of several) are in each status.</summary>
public sealed record RecipientCounts(int Queued, int Sent, int Failed, int Blocked, int Withdrawn)
{
    public static RecipientCounts None { get; } = new(0, 0, 0, 0, 0);

    public int Total => Queued + Sent + Failed + Blocked + Withdrawn;

    public static RecipientCounts Of(IEnumerable<string> statuses)
    {
        var count = statuses.CountBy(s => s).ToDictionary();
        return new RecipientCounts(
            count.GetValueOrDefault(RecipientStatus.Queued),
            count.GetValueOrDefault(RecipientStatus.Sent),
            count.GetValueOrDefault(RecipientStatus.Failed),
            count.GetValueOrDefault(RecipientStatus.Blocked),
            count.GetValueOrDefault(RecipientStatus.Withdrawn));
    }

    public RecipientCounts Plus(RecipientCounts other) => new(
        Queued + other.Queued, Sent + other.Sent, Failed + other.Failed, Blocked + other.Blocked, Withdrawn + other.Withdrawn);
}
