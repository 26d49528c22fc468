using ChatBot.Core.Operators;

namespace ChatBot.Storage.PostgreSql;

/// <summary>Operators' notes (table <c>operator_notes</c>); written with the turn that makes them.</summary>
public sealed class PgOperatorNotes(PgDatabase database) : IOperatorNotes
{
    public IReadOnlyList<OperatorNote> Of(string conversationId) =>
        database.Tables.OperatorNotes.Find("where conversation_id = @c order by id", ("c", conversationId));
}
