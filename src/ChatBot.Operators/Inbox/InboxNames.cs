using ChatBot.Core.Inbox;

namespace ChatBot.Operators.Inbox;

/// <summary>The signals' and statuses' names in the API, its query strings and the CSV.</summary>
internal static class InboxNames
{
    private static readonly Dictionary<InboxSignal, string> Signals = new()
    {
        [InboxSignal.NotUnderstood] = "not-understood",
        [InboxSignal.NearTie] = "near-tie",
        [InboxSignal.NoneOfThese] = "none-of-these",
        [InboxSignal.ThumbsDown] = "thumbs-down",
        [InboxSignal.Handoff] = "handoff",
    };

    public static string Of(InboxSignal signal) => Signals[signal];

    public static string Of(InboxStatus status) => status.ToString().ToLowerInvariant();

    public static bool TrySignal(string? name, out InboxSignal? signal)
    {
        signal = null;
        if (string.IsNullOrWhiteSpace(name))
        {
            return true;
        }

        var match = Signals.FirstOrDefault(s => s.Value == name.Trim());
        signal = match.Value is null ? null : match.Key;
        return signal is not null;
    }

    /// <summary>A status by name; "all" (or none given) is any status, the default is pending.</summary>
    public static bool TryStatus(string? name, out InboxStatus? status)
    {
        status = InboxStatus.Pending;
        switch (name?.Trim())
        {
            case null or "" or "pending":
                return true;
            case "done":
                status = InboxStatus.Done;
                return true;
            case "ignored":
                status = InboxStatus.Ignored;
                return true;
            case "all":
                status = null;
                return true;
            default:
                return false;
        }
    }

    public static string SignalNames => string.Join(", ", Signals.Values);
}
