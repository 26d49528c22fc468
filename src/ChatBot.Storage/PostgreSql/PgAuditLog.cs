using ChatBot.Core.Operators;

namespace ChatBot.Storage.PostgreSql;

/// <summary>The audit log (table <c>operator_audit</c>).</summary>
public sealed class PgAuditLog(PgDatabase database) : IAuditLog
{
    public void Write(AuditEntry entry) => database.Tables.OperatorAudit.Insert(entry);

    public IReadOnlyList<AuditEntry> Recent(int max) => database.Tables.OperatorAudit.Find("order by id desc limit @max", ("max", max));
}
