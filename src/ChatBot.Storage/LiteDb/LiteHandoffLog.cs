using ChatBot.Core.Conversations;
using ChatBot.Core.Handoff;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>Handoff records (collection <c>handoffs</c>) and the conversations in the operators' hands.</summary>
public sealed class LiteHandoffLog(ChatBotDatabase database) : IHandoffLog
{
    private ILiteCollection<HandoffRecord> Records => database.Database.GetCollection<HandoffRecord>(Collections.Handoffs);

    public HandoffRecord? Find(string id) => Records.FindById(id);

    public bool WasHandedOff(string conversationId) => Records.Exists(h => h.ConversationId == conversationId);

    public int WaitingCount() => Records.Count(h => h.Outcome == HandoffOutcome.Waiting);

    /// <summary>Every record, oldest first, for reports.</summary>
    public IReadOnlyList<HandoffRecord> All() => Records.FindAll().OrderBy(h => h.RequestedAt).ToList();

    /// <summary>Conversations waiting for an operator or held by one.</summary>
    public IReadOnlyList<Conversation> OpenConversations() =>
        database.Database.GetCollection<Conversation>(Collections.Conversations)
            .Find(c => c.Mode != ConversationMode.Bot)
            .ToList();
}
