using ChatBot.Core.Operators;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>LiteAuditLog</c>; the entries of operators' actions on conversations come with their turns.</summary>
public sealed class InMemoryAuditLog(InMemoryDatabase database) : IAuditLog
{
    public void Write(AuditEntry entry) => database.InTransaction(t => t.Audit.Insert(entry));

    public IReadOnlyList<AuditEntry> Recent(int max) => database.Read(t => t.Audit.All().Reverse().Take(max).ToList());
}
