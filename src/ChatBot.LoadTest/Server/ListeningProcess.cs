using System.Globalization;

namespace ChatBot.LoadTest.Server;

/// <summary>
/// Which process of this machine listens on a TCP port: the listening socket's inode from /proc/net/tcp and tcp6, then
/// the process that holds it among its open files. Only processes this user may look into are found.
/// </summary>
internal static class ListeningProcess
{
    private const string Listen = "0A";

    public static int? Find(int port)
    {
        var inodes = new HashSet<string>(ListeningInodes("/proc/net/tcp", port).Concat(ListeningInodes("/proc/net/tcp6", port)));
        if (inodes.Count == 0)
        {
            return null;
        }

        foreach (var process in SafeEnumerate("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(process), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            foreach (var descriptor in SafeEnumerate(Path.Combine(process, "fd")))
            {
                if (Target(descriptor) is { } target && target.StartsWith("socket:[", StringComparison.Ordinal) && inodes.Contains(target[8..^1]))
                {
                    return pid;
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> ListeningInodes(string table, int port)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(table);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            yield break;
        }

        // "sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode", the port in hex.
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 9 && fields[3] == Listen
                && int.TryParse(fields[1].Split(':')[^1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var local) && local == port)
            {
                yield return fields[9];
            }
        }
    }

    private static IEnumerable<string> SafeEnumerate(string folder)
    {
        try
        {
            return Directory.GetFileSystemEntries(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static string? Target(string link)
    {
        try
        {
            return new FileInfo(link).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
