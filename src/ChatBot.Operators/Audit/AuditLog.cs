using ChatBot.Storage.LiteDb;
using LiteDB;

namespace ChatBot.Operators.Audit;

/// <summary>The audit log (collection <c>operator_audit</c>); written inside the action's own transaction where it has one.</summary>
public sealed class AuditLog(ChatBotDatabase database)
{
    private ILiteCollection<AuditEntry> Entries => database.Database.GetCollection<AuditEntry>(Collections.OperatorAudit);

    public void Write(string who, string action, DateTimeOffset at, string? conversationId = null, string? detail = null) =>
        Entries.Insert(new AuditEntry { Operator = who, Action = action, ConversationId = conversationId, Detail = detail, At = at });

    /// <summary>The latest entries, newest first.</summary>
    public IReadOnlyList<AuditEntry> Recent(int max) =>
        Entries.Query().OrderByDescending(e => e.Id).Limit(max).ToList();
}
