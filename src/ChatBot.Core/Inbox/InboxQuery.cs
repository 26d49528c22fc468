namespace ChatBot.Core.Inbox;

/// <summary>What the editor asks the inbox to show; null means any.</summary>
public sealed record InboxQuery(InboxStatus? Status = InboxStatus.Pending, InboxSignal? Signal = null, string? Language = null);
