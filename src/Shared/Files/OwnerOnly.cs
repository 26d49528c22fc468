namespace ChatBot.Files;

/// <summary>
/// Files and folders of the data folder that only the service's own user may read: 0600 and 0700 on Unix, whatever
/// the umask says. Windows keeps its inherited access lists. Compiled into Storage (the database, the key) and Host
/// (the folder, the lock) so that both make them alike.
/// </summary>
internal static class OwnerOnly
{
    public const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public const UnixFileMode Folder = File | UnixFileMode.UserExecute;

    /// <summary>Group and others: what a file or folder of ours must not allow.</summary>
    public const UnixFileMode Others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Options that create a missing file as 0600.</summary>
    public static FileStreamOptions Create(FileMode mode, FileAccess access)
    {
        var options = new FileStreamOptions { Mode = mode, Access = access };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = File;
        }

        return options;
    }

    /// <summary>Makes <paramref name="path"/> an empty 0600 file if it is missing, and takes group and others off it if not.</summary>
    public static void EnsureFile(string path)
    {
        using (new FileStream(path, Create(FileMode.OpenOrCreate, FileAccess.Write)))
        {
        }

        Tighten(path);
    }

    /// <summary>Takes group and others off an existing file of ours (one an older version made 0644); a missing one is left missing.</summary>
    public static void Tighten(string path)
    {
        if (!OperatingSystem.IsWindows() && System.IO.File.Exists(path) && (System.IO.File.GetUnixFileMode(path) & Others) != 0)
        {
            System.IO.File.SetUnixFileMode(path, System.IO.File.GetUnixFileMode(path) & ~Others);
        }
    }

    /// <summary>Makes the folder, and any missing parent, as 0700.</summary>
    public static DirectoryInfo CreateFolder(string path) =>
        OperatingSystem.IsWindows() ? Directory.CreateDirectory(path) : Directory.CreateDirectory(path, Folder);
}
