namespace ChatBot.Core.Conversations;

/// <summary>
/// Says that a conversation got messages outside a turn of its own (an operator's reply, a reminder), so that
/// whoever holds it open (a web chat's event stream) wakes up at once instead of waiting for its next poll.
/// Call it after the messages are committed. <see cref="ConversationEvents"/>, the one bus, is what stands behind it:
/// what only says that messages were queued needs no more than this.
/// </summary>
public interface IConversationNotifier
{
    void Notify(string conversationId);
}
