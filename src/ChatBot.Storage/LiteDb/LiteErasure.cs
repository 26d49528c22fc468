using System.Linq.Expressions;
using ChatBot.Core.Applications;
using ChatBot.Core.Conversations;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Operators;
using ChatBot.Core.Privacy;
using ChatBot.Core.Trainings;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// An <see cref="Erasure"/> inside the transaction of the turn that carries it. LiteDB zeroes the bytes of a record it
/// deletes, and of the part of a record that an update shortens, so nothing erased here is left in a page.
/// </summary>
internal static class LiteErasure
{
    public static void Apply(LiteDatabase db, string conversationId, Erasure erasure, DateTimeOffset erasedAt)
    {
        foreach (var record in erasure.Records)
        {
            switch (record)
            {
                case PersonalRecord.Transcript:
                    db.GetCollection<TranscriptEntry>(Collections.Transcript).DeleteMany(t => t.ConversationId == conversationId);
                    break;
                case PersonalRecord.UnansweredQuestions:
                    db.GetCollection<UnansweredQuestion>(Collections.Unanswered).DeleteMany(u => u.ConversationId == conversationId);
                    break;
                case PersonalRecord.Outbox:
                    db.GetCollection<OutboxItem>(Collections.Outbox).DeleteMany(o => o.ConversationId == conversationId);
                    break;
                case PersonalRecord.FlowContacts:
                    db.GetCollection<FlowContact>(Collections.FlowContacts).DeleteMany(c => c.ConversationId == conversationId);
                    break;
                case PersonalRecord.Trainee:
                    db.GetCollection<Trainee>(Collections.Trainees).Delete(conversationId);
                    break;
                case PersonalRecord.OperatorNotes:
                    db.GetCollection<OperatorNote>(Collections.OperatorNotes).DeleteMany(n => n.ConversationId == conversationId);
                    break;
                case PersonalRecord.HandoffQuestions:
                    Redact<HandoffRecord>(db, Collections.Handoffs, h => h.ConversationId == conversationId && h.Question != null, h => h.Question = null);
                    break;
                case PersonalRecord.AuditDetails:
                    Redact<AuditEntry>(db, Collections.OperatorAudit, e => e.ConversationId == conversationId && e.Detail != null, e => e.Detail = null);
                    break;
                case PersonalRecord.Applications:
                    Redact<Application>(db, Collections.Applications, a => a.ConversationId == conversationId && a.ErasedAt == null, a => ApplicationErasure.Erase(a, erasedAt));
                    break;
                default:
                    throw new NotSupportedException($"the LiteDB store cannot erase {record}");
            }
        }
    }

    private static void Redact<T>(LiteDatabase db, string collection, Expression<Func<T, bool>> holding, Action<T> redact)
    {
        var records = db.GetCollection<T>(collection);
        foreach (var found in records.Find(holding).ToList())
        {
            redact(found);
            records.Update(found);
        }
    }
}
