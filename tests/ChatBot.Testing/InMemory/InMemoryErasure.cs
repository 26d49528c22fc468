using ChatBot.Core.Applications;
using ChatBot.Core.Privacy;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>LiteErasure</c>: an erasure inside the transaction of the turn that carries it.</summary>
internal static class InMemoryErasure
{
    public static void Apply(Tables t, string conversationId, Erasure erasure, DateTimeOffset erasedAt)
    {
        bool Of(string? id) => id is not null && t.Collation.Equals(id, conversationId);
        foreach (var record in erasure.Records)
        {
            switch (record)
            {
                case PersonalRecord.Transcript:
                    t.Transcript.DeleteWhere(e => Of(e.ConversationId));
                    break;
                case PersonalRecord.UnansweredQuestions:
                    t.Unanswered.DeleteWhere(u => Of(u.ConversationId));
                    break;
                case PersonalRecord.Outbox:
                    t.Outbox.DeleteWhere(o => Of(o.ConversationId));
                    break;
                case PersonalRecord.FlowContacts:
                    t.FlowContacts.DeleteWhere(c => Of(c.ConversationId));
                    break;
                case PersonalRecord.Trainee:
                    t.Trainees.Delete(conversationId);
                    break;
                case PersonalRecord.OperatorNotes:
                    t.OperatorNotes.DeleteWhere(n => Of(n.ConversationId));
                    break;
                case PersonalRecord.HandoffQuestions:
                    foreach (var handoff in t.Handoffs.All().Where(h => Of(h.ConversationId) && h.Question is not null).ToList())
                    {
                        handoff.Question = null;
                        t.Handoffs.Update(handoff);
                    }

                    break;
                case PersonalRecord.AuditDetails:
                    foreach (var entry in t.Audit.All().Where(e => Of(e.ConversationId) && e.Detail is not null).ToList())
                    {
                        entry.Detail = null;
                        t.Audit.Update(entry);
                    }

                    break;
                case PersonalRecord.Applications:
                    foreach (var application in t.Applications.All().Where(a => Of(a.ConversationId) && a.ErasedAt is null).ToList())
                    {
                        ApplicationErasure.Erase(application, erasedAt);
                        t.Applications.Update(application);
                    }

                    break;
                default:
                    throw new NotSupportedException($"the in-memory store cannot erase {record}");
            }
        }
    }
}
