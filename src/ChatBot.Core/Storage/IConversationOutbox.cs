using ChatBot.Core.Conversations;

namespace ChatBot.Core.Storage;

/// <summary>
/// One conversation's undelivered replies in order: what a channel whose client pulls its messages (the web
/// chat's event stream) carries, resuming after the last id the client saw.
/// </summary>
public interface IConversationOutbox
{
    IReadOnlyList<OutboxItem> PendingAfter(string conversationId, long afterId, int max);

    /// <summary>The highest outbox id of the conversation, delivered or not; 0 when it has none.</summary>
    long LastId(string conversationId);
}
