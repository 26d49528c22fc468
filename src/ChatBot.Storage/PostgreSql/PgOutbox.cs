using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;

namespace ChatBot.Storage.PostgreSql;

/// <summary>Replies committed and waiting for their channel (table <c>outbox</c>; pending ones indexed by channel).</summary>
public sealed class PgOutbox(PgDatabase database) : IOutbox, IConversationOutbox
{
    private PgCollection<OutboxItem> Items => database.Tables.Outbox;

    public IReadOnlyList<OutboxItem> Pending(string channel, int max) =>
        Items.Find("where channel = @c and delivered_at is null and dropped_at is null order by id limit @max", ("c", channel), ("max", max));

    public void MarkDelivered(long id, DateTimeOffset at) => Change(id, item => item.DeliveredAt = at);

    public void Add(OutboxItem item) => Items.Insert(item);

    public void MarkPartsDelivered(long id, int parts) => Change(id, item => item.DeliveredParts = parts);

    public void MarkDropped(long id, DateTimeOffset at, string reason) => Change(id, item =>
    {
        item.DroppedAt = at;
        item.DropReason = reason;
    });

    public bool IsPending(long id) => Items.FindById(id) is { DeliveredAt: null, DroppedAt: null };

    // Read under a row lock, so that two hosts changing one item apply both changes.
    private void Change(long id, Action<OutboxItem> change) => database.InTransaction(_ =>
    {
        if (Items.Find("where id = @id for update", ("id", id)) is [var item])
        {
            change(item);
            Items.Update(item);
        }
    });

    public IReadOnlyList<OutboxItem> PendingAfter(string conversationId, long afterId, int max) =>
        Items.Find(
            "where conversation_id = @c and id > @after and delivered_at is null and dropped_at is null order by id limit @max",
            ("c", conversationId), ("after", afterId), ("max", max));

    public long LastId(string conversationId) => database.Run(session =>
    {
        using var command = session.Command("select coalesce(max(id), 0) from outbox where conversation_id = @c");
        command.Parameters.AddWithValue("c", conversationId);
        return (long)command.ExecuteScalar()!;
    });
}
