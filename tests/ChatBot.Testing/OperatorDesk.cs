using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;
using ChatBot.Core.Storage;

namespace ChatBot.Testing;

/// <summary>
/// Writes a message into a web conversation outside any turn of its own, the way the operator console (a later
/// feature) will: transcript and outbox in one commit, then a notification.
/// </summary>
public sealed class OperatorDesk(IConversationStore store, IConversationNotifier notifier, TimeProvider time)
{
    /// <returns>The outbox id of the message, which the event stream shows as its event id.</returns>
    public long Say(string chatId, string text, bool notify = true, MessageAuthor from = MessageAuthor.Operator)
    {
        var conversationId = ConversationIds.Of("web", chatId);
        var conversation = store.Find(conversationId) ?? throw new InvalidOperationException("no conversation " + conversationId);
        var message = new OutgoingMessage(text, [], [], from);
        var now = time.GetUtcNow();
        var item = OutboxItem.For(conversation, message, now);
        store.Commit(new TurnRecord(conversation, null, [TranscriptEntry.Outbound(conversationId, message, now)], [item], [], []));
        if (notify)
        {
            notifier.Notify(conversationId);
        }

        return item.Id;
    }
}
