using ChatBot.Core.Conversations;

namespace ChatBot.Core.Storage;

/// <summary>Replies committed and waiting for their channel to deliver them.</summary>
public interface IOutbox
{
    IReadOnlyList<OutboxItem> Pending(string channel, int max);

    void MarkDelivered(long id, DateTimeOffset at);

    /// <summary>
    /// Queues a message written outside a turn (a channel's own notice, an operator's reply); it is
    /// delivered like every other, in order with the conversation's replies.
    /// </summary>
    void Add(OutboxItem item);

    /// <summary>
    /// Records how many parts of a reply the channel has delivered, so that a reply split into several
    /// messages resumes after a restart where it stopped instead of repeating its first part.
    /// </summary>
    void MarkPartsDelivered(long id, int parts);

    /// <summary>
    /// Whether an item is still to be sent: a sender that read a batch re-checks each item just before sending it,
    /// since a turn may have withdrawn it meanwhile (an invitation whose user unsubscribed).
    /// </summary>
    bool IsPending(long id);

    /// <summary>Gives up on an item that can never be delivered (the user blocked the bot, the chat is gone).</summary>
    void MarkDropped(long id, DateTimeOffset at, string reason);
}
