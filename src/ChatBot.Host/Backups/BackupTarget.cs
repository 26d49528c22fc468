namespace ChatBot.Host.Backups;

/// <summary>What a backup may be written to: a full path whose folder exists and that is not a folder itself.</summary>
internal static class BackupTarget
{
    public static string? Problem(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "say where the backup goes: --out FILE";
        }

        if (!Path.IsPathFullyQualified(path))
        {
            return $"the backup's path must be a full path, not {path}";
        }

        if (Directory.Exists(path))
        {
            return $"{path} is a folder; name the backup file in it";
        }

        return Directory.Exists(Path.GetDirectoryName(path)) ? null : $"there is no folder {Path.GetDirectoryName(path)} for the backup";
    }
}
