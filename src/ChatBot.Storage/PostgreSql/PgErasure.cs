using ChatBot.Core.Applications;
using ChatBot.Core.Privacy;

namespace ChatBot.Storage.PostgreSql;

/// <summary>
/// An <see cref="Erasure"/> inside the transaction of the turn that carries it. PostgreSQL keeps a deleted row's old
/// version until vacuum reclaims it; its personal fields are sealed, so what lingers is ciphertext (docs/postgresql.md).
/// </summary>
internal static class PgErasure
{
    public static void Apply(PgTables tables, string conversationId, Erasure erasure, DateTimeOffset erasedAt)
    {
        var ofConversation = ("c", (object?)conversationId);
        foreach (var record in erasure.Records)
        {
            switch (record)
            {
                case PersonalRecord.Transcript:
                    tables.Transcript.Execute("delete from {0} where conversation_id = @c", ofConversation);
                    break;
                case PersonalRecord.UnansweredQuestions:
                    tables.Unanswered.Execute("delete from {0} where conversation_id = @c", ofConversation);
                    break;
                case PersonalRecord.Outbox:
                    tables.Outbox.Execute("delete from {0} where conversation_id = @c", ofConversation);
                    break;
                case PersonalRecord.FlowContacts:
                    tables.FlowContacts.Execute("delete from {0} where conversation_id = @c", ofConversation);
                    break;
                case PersonalRecord.Trainee:
                    tables.Trainees.Delete(conversationId);
                    break;
                case PersonalRecord.OperatorNotes:
                    tables.OperatorNotes.Execute("delete from {0} where conversation_id = @c", ofConversation);
                    break;
                case PersonalRecord.HandoffQuestions:
                    Redact(tables.Handoffs, conversationId, h => h.Question != null, h => h.Question = null);
                    break;
                case PersonalRecord.AuditDetails:
                    Redact(tables.OperatorAudit, conversationId, e => e.Detail != null, e => e.Detail = null);
                    break;
                case PersonalRecord.Applications:
                    Redact(tables.Applications, conversationId, a => a.ErasedAt == null, a => ApplicationErasure.Erase(a, erasedAt));
                    break;
                default:
                    throw new NotSupportedException($"the PostgreSQL store cannot erase {record}");
            }
        }
    }

    private static void Redact<T>(PgCollection<T> table, string conversationId, Func<T, bool> holding, Action<T> redact)
    {
        foreach (var found in table.Find("where conversation_id = @c for update", ("c", conversationId)).Where(holding))
        {
            redact(found);
            table.Update(found);
        }
    }
}
