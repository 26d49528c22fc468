using ChatBot.Core.Operators;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>LiteOperatorNotes</c>; notes are written by <see cref="InMemoryConversationStore.Commit"/>.</summary>
public sealed class InMemoryOperatorNotes(InMemoryDatabase database) : IOperatorNotes
{
    public IReadOnlyList<OperatorNote> Of(string conversationId) =>
        database.Read(t => t.OperatorNotes.All().Where(n => t.Collation.Equals(n.ConversationId, conversationId)).ToList());
}
