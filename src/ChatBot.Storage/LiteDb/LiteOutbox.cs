using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;

namespace ChatBot.Storage.LiteDb;

public sealed class LiteOutbox(ChatBotDatabase database) : IOutbox
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
}
