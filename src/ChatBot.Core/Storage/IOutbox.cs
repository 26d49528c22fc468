using ChatBot.Core.Conversations;

namespace ChatBot.Core.Storage;

/// <summary>Replies committed and waiting for their channel to deliver them.</summary>
public interface IOutbox
{
    IReadOnlyList<OutboxItem> Pending(string channel, int max);

    void MarkDelivered(long id, DateTimeOffset at);
}
