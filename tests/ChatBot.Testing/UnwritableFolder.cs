namespace ChatBot.Testing;

/// <summary>
/// A folder that cannot be written in, holding what <c>fill</c> put there first, as a disk remounted read-only leaves
/// the data folder: mode 0500, and where modes are not enforced (root) the immutable attribute too (<c>chattr +i</c>).
/// Writable again and deleted on dispose.
/// </summary>
public sealed class UnwritableFolder : IDisposable
{
    private const UnixFileMode ReadOnly = UnixFileMode.UserRead | UnixFileMode.UserExecute;

    private static readonly Lazy<string?> LazyUnavailable = new(WhyNone);

    private readonly TemporaryFolder _folder = new();
    private readonly bool _immutable;

    public UnwritableFolder(Action<string>? fill = null)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("Unix file modes");
        }

        fill?.Invoke(Path);
        File.SetUnixFileMode(Path, ReadOnly);
        _immutable = CanWrite(Path) && Chattr("+i", Path);
    }

    public string Path => _folder.Path;

    /// <summary>Why no folder can be made unwritable on this machine, or null when one can.</summary>
    public static string? Unavailable => LazyUnavailable.Value;

    public void Dispose()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (_immutable)
        {
            Chattr("-i", Path);
        }

        File.SetUnixFileMode(Path, ReadOnly | UnixFileMode.UserWrite);
        _folder.Dispose();
    }

    private static string? WhyNone()
    {
        if (OperatingSystem.IsWindows())
        {
            return "Unix file modes only";
        }

        using var probe = new UnwritableFolder();
        return CanWrite(probe.Path) ? "running as root, where mode 0500 is not enforced, and chattr +i is not available" : null;
    }

    private static bool CanWrite(string folder)
    {
        try
        {
            using (File.Create(System.IO.Path.Combine(folder, "probe"), 1, FileOptions.DeleteOnClose))
            {
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool Chattr(string flag, string folder) => SystemCommand.Succeeds("chattr", flag, folder);
}
