namespace ChatBot.Host.Backups;

/// <summary>The <c>ChatBot:Backup:*</c> settings of the daily backup (docs/backup.md).</summary>
public sealed class BackupOptions
{
    /// <summary>Whether the service writes a backup a day into <see cref="Folder"/>.</summary>
    public bool Daily { get; set; } = true;

    /// <summary>How many daily backups are kept; the oldest beyond it are deleted after each new one.</summary>
    public int KeepCount { get; set; } = 7;

    /// <summary>Where the daily backups go; empty means <c>DataDir/backups</c>.</summary>
    public string? Folder { get; set; }

    public string ResolveFolder(string dataDir) =>
        string.IsNullOrWhiteSpace(Folder) ? Path.Combine(Path.GetFullPath(dataDir), "backups") : Path.GetFullPath(Folder);

    public IEnumerable<string> Problems()
    {
        if (KeepCount < 1)
        {
            yield return $"ChatBot:Backup:KeepCount must be at least 1 (the backups kept), not {KeepCount}; ChatBot:Backup:Daily=false turns them off";
        }
    }
}
