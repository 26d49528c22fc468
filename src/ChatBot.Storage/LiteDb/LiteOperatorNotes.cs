using ChatBot.Core.Operators;

namespace ChatBot.Storage.LiteDb;

/// <summary>Operators' notes (collection <c>operator_notes</c>); written by <see cref="LiteConversationStore.Commit"/>.</summary>
public sealed class LiteOperatorNotes(ChatBotDatabase database) : IOperatorNotes
{
    public IReadOnlyList<OperatorNote> Of(string conversationId) =>
        database.Database.GetCollection<OperatorNote>(Collections.OperatorNotes)
            .Find(n => n.ConversationId == conversationId)
            .OrderBy(n => n.Id)
            .ToList();
}
