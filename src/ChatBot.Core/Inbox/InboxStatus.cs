namespace ChatBot.Core.Inbox;

/// <summary>Where an inbox item stands: waiting for an editor, dealt with, or set aside on purpose.</summary>
public enum InboxStatus
{
    Pending,
    Done,
    Ignored,
}
