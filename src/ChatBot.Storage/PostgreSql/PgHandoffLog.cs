using ChatBot.Core.Conversations;
using ChatBot.Core.Handoff;

namespace ChatBot.Storage.PostgreSql;

/// <summary>Handoff records (table <c>handoffs</c>) and the conversations in the operators' hands.</summary>
public sealed class PgHandoffLog(PgDatabase database) : IHandoffLog
{
    private PgCollection<HandoffRecord> Records => database.Tables.Handoffs;

    public HandoffRecord? Find(string id) => Records.FindById(id);

    public bool WasHandedOff(string conversationId) => Records.Count("where conversation_id = @c", ("c", conversationId)) > 0;

    public int WaitingCount() => (int)Records.Count("where outcome = @o", ("o", HandoffOutcome.Waiting.ToString()));

    public IReadOnlyList<HandoffRecord> All() => Records.Find("").OrderBy(h => h.RequestedAt).ToList();

    public IReadOnlyList<Conversation> OpenConversations() =>
        database.Tables.Conversations.Find("where mode <> @bot", ("bot", ConversationMode.Bot.ToString()));
}
