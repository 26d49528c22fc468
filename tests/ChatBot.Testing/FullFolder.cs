namespace ChatBot.Testing;

/// <summary>
/// A folder on a disk that has run out of room, holding what <c>fill</c> put there first: a 2 MiB file system of its
/// own (tmpfs) filled up to <c>roomLeft</c> bytes. Mounting needs root in an environment that allows it; unmounted and
/// deleted on dispose (a test process killed on the way leaves the mount for <c>umount</c>).
/// </summary>
public sealed class FullFolder : IDisposable
{
    private const int Size = 2 * 1024 * 1024;

    private static readonly Lazy<string?> LazyUnavailable = new(WhyNone);

    private readonly TemporaryFolder _folder = new();

    public FullFolder(long roomLeft = 0, Action<string>? fill = null)
    {
        if (!SystemCommand.Succeeds("mount", "-t", "tmpfs", "-o", $"size={Size},mode=0700", "chatbot-full", Path))
        {
            throw new InvalidOperationException($"cannot mount a tmpfs on {Path}: {Unavailable}");
        }

        fill?.Invoke(Path);
        var target = Size - roomLeft;
        using var filler = new FileStream(System.IO.Path.Combine(Path, "filler"), FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        var chunk = new byte[4096];
        try
        {
            while (filler.Length < target)
            {
                filler.Write(chunk, 0, (int)Math.Min(chunk.Length, target - filler.Length));
            }
        }
        catch (IOException)
        {
            // Full before reaching it: what fill wrote took the rest.
        }
    }

    public string Path => _folder.Path;

    /// <summary>Why no full disk can be made on this machine, or null when one can.</summary>
    public static string? Unavailable => LazyUnavailable.Value;

    public void Dispose()
    {
        SystemCommand.Succeeds("umount", Path);
        _folder.Dispose();
    }

    private static string? WhyNone()
    {
        using var probe = new TemporaryFolder();
        if (OperatingSystem.IsWindows() || !SystemCommand.Succeeds("mount", "-t", "tmpfs", "-o", "size=64k", "chatbot-probe", probe.Path))
        {
            return "mounting a small tmpfs needs root where the environment allows it";
        }

        SystemCommand.Succeeds("umount", probe.Path);
        return null;
    }
}
