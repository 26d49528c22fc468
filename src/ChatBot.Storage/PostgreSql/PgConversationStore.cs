using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Storage.PostgreSql;

/// <summary>
/// Conversations, their transcripts and everything a turn writes, in one PostgreSQL transaction per turn. A message
/// already processed (by this host or another) makes the second commit fail on <c>processed_messages</c>' key, with
/// nothing of it written.
/// </summary>
public sealed class PgConversationStore(PgDatabase database) : IConversationStore
{
    private PgTables Tables => database.Tables;

    public Conversation? Find(string conversationId) => Tables.Conversations.FindById(conversationId);

    public bool HasProcessed(string conversationId, string platformMessageId) => database.Run(session =>
    {
        using var command = session.Command("select 1 from processed_messages where id = @id");
        command.Parameters.AddWithValue("id", PreparedTurn.ProcessedKey(conversationId, platformMessageId));
        return command.ExecuteScalar() is not null;
    });

    public void Commit(TurnRecord turn) => database.InTransaction(session => PgTurnWrites.Write(database, session, turn));

    /// <summary>
    /// <see cref="Commit"/> on the caller's thread: PostgreSQL commits concurrent transactions side by side, so there is
    /// no writer's queue to wait in here.
    /// </summary>
    public Task CommitAsync(TurnRecord turn)
    {
        try
        {
            Commit(turn);
            return Task.CompletedTask;
        }
        catch (Exception e)
        {
            return Task.FromException(e);
        }
    }

    public IReadOnlyList<TranscriptEntry> Transcript(string conversationId) =>
        Tables.Transcript.Find("where conversation_id = @c order by id", ("c", conversationId));
}
