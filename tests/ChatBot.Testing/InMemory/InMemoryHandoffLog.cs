using ChatBot.Core.Conversations;
using ChatBot.Core.Handoff;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>LiteHandoffLog</c>: the records are written by the turns, the open conversations read from theirs.</summary>
public sealed class InMemoryHandoffLog(InMemoryDatabase database) : IHandoffLog
{
    public HandoffRecord? Find(string id) => database.Read(t => t.Handoffs.Find(id));

    public bool WasHandedOff(string conversationId) =>
        database.Read(t => t.Handoffs.All().Any(h => t.Collation.Equals(h.ConversationId, conversationId)));

    public int WaitingCount() => database.Read(t => t.Handoffs.All().Count(h => h.Outcome == HandoffOutcome.Waiting));

    /// <summary>Every record, oldest first, for reports.</summary>
    public IReadOnlyList<HandoffRecord> All() => database.Read(t => t.Handoffs.All().OrderBy(h => h.RequestedAt).ToList());

    public IReadOnlyList<Conversation> OpenConversations() =>
        database.Read(t => t.Conversations.All().Where(c => c.Mode != ConversationMode.Bot).ToList());
}
