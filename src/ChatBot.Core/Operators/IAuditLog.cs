namespace ChatBot.Core.Operators;

/// <summary>
/// What operators and admins did. An action on a conversation writes its entry with the change itself
/// (<see cref="Storage.TurnRecord.Audit"/>); this is for the rest (sign-ins, views, account changes).
/// </summary>
public interface IAuditLog
{
    /// <summary>Stores <paramref name="entry"/> and gives it its id.</summary>
    void Write(AuditEntry entry);

    /// <summary>The latest entries, newest first.</summary>
    IReadOnlyList<AuditEntry> Recent(int max);
}
