namespace ChatBot.Host.Backups;

/// <summary>The body of <c>POST /local/backup</c>: where the copy goes, a full path the service's user may write.</summary>
public sealed record BackupRequest(string? Out);
