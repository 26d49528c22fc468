using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>LiteOutbox</c>: the outbox as channels read it, and as one conversation's client reads it.</summary>
public sealed class InMemoryOutbox(InMemoryDatabase database) : IOutbox, IConversationOutbox
{
    public IReadOnlyList<OutboxItem> Pending(string channel, int max) =>
        database.Read(t => t.Outbox.All().Where(o => IsPending(o) && t.Collation.Equals(o.Channel, channel)).Take(max).ToList());

    public void MarkDelivered(long id, DateTimeOffset at) => Change(id, item => item.DeliveredAt = at);

    public void Add(OutboxItem item) => database.InTransaction(t => t.Outbox.Insert(item));

    public void MarkPartsDelivered(long id, int parts) => Change(id, item => item.DeliveredParts = parts);

    public bool IsPending(long id) => database.Read(t => t.Outbox.Find(id) is { } item && IsPending(item));

    public void MarkDropped(long id, DateTimeOffset at, string reason) => Change(id, item =>
    {
        item.DroppedAt = at;
        item.DropReason = reason;
    });

    public IReadOnlyList<OutboxItem> PendingAfter(string conversationId, long afterId, int max) =>
        database.Read(t => t.Outbox.All()
            .Where(o => o.Id > afterId && IsPending(o) && t.Collation.Equals(o.ConversationId, conversationId))
            .Take(max)
            .ToList());

    public long LastId(string conversationId) =>
        database.Read(t => t.Outbox.All().Where(o => t.Collation.Equals(o.ConversationId, conversationId)).Select(o => o.Id).DefaultIfEmpty(0).Max());

    private static bool IsPending(OutboxItem item) => item is { DeliveredAt: null, DroppedAt: null };

    // An unknown id changes nothing, as LiteOutbox finds nothing to update.
    private void Change(long id, Action<OutboxItem> change) => database.InTransaction(t =>
    {
        if (t.Outbox.Find(id) is { } item)
        {
            change(item);
            t.Outbox.Update(item);
        }
    });
}
