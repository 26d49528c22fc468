using System.Globalization;

namespace ChatBot.Core.Backups;

/// <summary>
/// The daily backups' names and which of them to keep. A backup is named by the UTC moment it was made
/// (<c>chatbot-20261202-013000.db</c>), so the folder itself says when the last one was made, across restarts, and
/// sorting the names sorts them by age. Files of other names in the folder are never counted nor dropped.
/// </summary>
public static class BackupRotation
{
    private const string Prefix = "chatbot-";
    private const string Extension = ".db";
    private const string Stamp = "yyyyMMdd-HHmmss";

    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    public static string NameAt(DateTimeOffset now) =>
        Prefix + now.UtcDateTime.ToString(Stamp, CultureInfo.InvariantCulture) + Extension;

    /// <summary>Whether a backup is due: none of <paramref name="names"/> is a backup made less than a day before <paramref name="now"/>.</summary>
    public static bool IsDue(IEnumerable<string> names, DateTimeOffset now) =>
        !names.Select(MadeAt).Any(made => made is { } at && now - at < Interval);

    /// <summary>The backups among <paramref name="names"/> beyond the newest <paramref name="keepCount"/>, oldest last.</summary>
    public static IReadOnlyList<string> Surplus(IEnumerable<string> names, int keepCount) => names
        .Where(name => MadeAt(name) is not null)
        .OrderByDescending(name => name, StringComparer.Ordinal)
        .Skip(keepCount)
        .ToList();

    private static DateTimeOffset? MadeAt(string name)
    {
        if (!name.StartsWith(Prefix, StringComparison.Ordinal) || !name.EndsWith(Extension, StringComparison.Ordinal))
        {
            return null;
        }

        var stamp = name[Prefix.Length..^Extension.Length];
        return DateTime.TryParseExact(stamp, Stamp, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero)
            : null;
    }
}
