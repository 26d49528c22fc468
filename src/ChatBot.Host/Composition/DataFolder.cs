using ChatBot.Files;

namespace ChatBot.Host.Composition;

/// <summary>
/// The data folder (<c>ChatBot:DataDir</c>), made sure of before the database opens: a path that cannot be a folder,
/// cannot be written or has no room left is said in one line at start. A relative path is taken from the working
/// directory. A folder made here is its owner's only (0700).
/// </summary>
internal static class DataFolder
{
    /// <summary>The folder's full path, made if missing.</summary>
    /// <exception cref="SettingsInvalidException">It cannot hold the database.</exception>
    public static string Prepare(ChatBotOptions options)
    {
        var path = Path.GetFullPath(options.DataDir);
        return Problem(path) is { } problem ? throw new SettingsInvalidException([problem]) : path;
    }

    /// <summary>What keeps the folder from holding the database, or null; makes the folder and writes a file in it to know.</summary>
    public static string? Problem(string dataDir)
    {
        var path = Path.GetFullPath(dataDir);
        if (File.Exists(path))
        {
            return $"ChatBot:DataDir '{path}' is a file, not a folder";
        }

        try
        {
            OwnerOnly.CreateFolder(path);

            // Written through to the disk: an empty file can still be made on a full disk, a written one cannot.
            var probe = OwnerOnly.Create(FileMode.CreateNew, FileAccess.Write);
            probe.Options = FileOptions.DeleteOnClose;
            using (var file = new FileStream(Path.Combine(path, Path.GetRandomFileName()), probe))
            {
                file.Write(new byte[4096]);
                file.Flush(flushToDisk: true);
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"ChatBot:DataDir '{path}' cannot hold the database: {e.Message}";
        }
    }

    /// <summary>
    /// A warning when group or others may enter the folder, or null. Said, not changed: a folder the program did not
    /// make may be shared on purpose (DataDir=/srv), and every file of ours in it is the owner's only anyway.
    /// </summary>
    public static string? Looseness(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var mode = File.GetUnixFileMode(path);
        return (mode & OwnerOnly.Others) == 0
            ? null
            : $"ChatBot:DataDir '{path}' is open to group or others ({Octal(mode)}); its files are the owner's only, but their names are not: chmod 700 '{path}'";
    }

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode & 0x1FF, 8).PadLeft(4, '0');
}
