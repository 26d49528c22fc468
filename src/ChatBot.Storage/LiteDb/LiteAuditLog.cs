using ChatBot.Core.Operators;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>The audit log (collection <c>operator_audit</c>).</summary>
public sealed class LiteAuditLog(ChatBotDatabase database) : IAuditLog
{
    private ILiteCollection<AuditEntry> Entries => database.Database.GetCollection<AuditEntry>(Collections.OperatorAudit);

    public void Write(AuditEntry entry) => Entries.Insert(entry);

    public IReadOnlyList<AuditEntry> Recent(int max) =>
        Entries.Query().OrderByDescending(e => e.Id).Limit(max).ToList();
}
