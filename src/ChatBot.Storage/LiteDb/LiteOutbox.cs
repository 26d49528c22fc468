using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;

namespace ChatBot.Storage.LiteDb;

public sealed class LiteOutbox(ChatBotDatabase database) : IOutbox, IConversationOutbox
{
    public IReadOnlyList<OutboxItem> Pending(string channel, int max) =>
        database.Database.GetCollection<OutboxItem>(Collections.Outbox)
            .Find(o => o.DeliveredAt == null && o.Channel == channel)
            .OrderBy(o => o.Id)
            .Take(max)
            .ToList();

    public void MarkDelivered(long id, DateTimeOffset at)
    {
        var outbox = database.Database.GetCollection<OutboxItem>(Collections.Outbox);
        if (outbox.FindById(id) is { } item)
        {
            item.DeliveredAt = at;
            outbox.Update(item);
        }
    }

    public IReadOnlyList<OutboxItem> PendingAfter(string conversationId, long afterId, int max) =>
        database.Database.GetCollection<OutboxItem>(Collections.Outbox)
            .Query()
            .Where(o => o.ConversationId == conversationId && o.Id > afterId && o.DeliveredAt == null)
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
