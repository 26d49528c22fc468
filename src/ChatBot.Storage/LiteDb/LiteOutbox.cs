using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

public sealed class LiteOutbox(ChatBotDatabase database) : IOutbox, IConversationOutbox
{
    private ILiteCollection<OutboxItem> Items => database.Database.GetCollection<OutboxItem>(Collections.Outbox);

    public IReadOnlyList<OutboxItem> Pending(string channel, int max) =>
        Items
            .Find(o => o.DeliveredAt == null && o.DroppedAt == null && o.Channel == channel)
            .OrderBy(o => o.Id)
            .Take(max)
            .ToList();

    public void MarkDelivered(long id, DateTimeOffset at) => Change(id, item => item.DeliveredAt = at);

    public void Add(OutboxItem item) => Items.Insert(item);

    public void MarkPartsDelivered(long id, int parts) => Change(id, item => item.DeliveredParts = parts);

    public void MarkDropped(long id, DateTimeOffset at, string reason) => Change(id, item =>
    {
        item.DroppedAt = at;
        item.DropReason = reason;
    });

    public bool IsPending(long id) => Items.FindById(id) is { DeliveredAt: null, DroppedAt: null };

    private void Change(long id, Action<OutboxItem> change)
    {
        if (Items.FindById(id) is { } item)
        {
            change(item);
            Items.Update(item);
        }
    }

    public IReadOnlyList<OutboxItem> PendingAfter(string conversationId, long afterId, int max) =>
        database.Database.GetCollection<OutboxItem>(Collections.Outbox)
            .Query()
            .Where(o => o.ConversationId == conversationId && o.Id > afterId && o.DeliveredAt == null && o.DroppedAt == null)
            .OrderBy(o => o.Id)
            .Limit(max)
            .ToList();

    public long LastId(string conversationId) =>
        database.Database.GetCollection<OutboxItem>(Collections.Outbox)
            .Query()
            .Where(o => o.ConversationId == conversationId)
            .OrderByDescending(o => o.Id)
            .Limit(1)
            .ToList() is [var last] ? last.Id : 0;
}
