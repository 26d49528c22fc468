namespace ChatBot.Core.Operators;

/// <summary>The audit entry written in one line, as every API does.</summary>
public static class AuditLogWriting
{
    public static void Write(this IAuditLog log, string who, string action, DateTimeOffset at, string? conversationId = null, string? detail = null) =>
        log.Write(new AuditEntry { Operator = who, Action = action, ConversationId = conversationId, Detail = detail, At = at });
}
