using ChatBot.Files;
using LiteDB;
using LiteDB.Engine;

namespace ChatBot.Storage.LiteDb;

/// <summary>Copies of the database file, for a backup and a restore: written owner-only and through to the disk, and checked by opening them.</summary>
public static class DatabaseCopy
{
    /// <summary>
    /// Copies <paramref name="source"/> to a new 0600 file at <paramref name="target"/>. The source may be held open by
    /// LiteDB (it shares reading), so it is opened sharing everything rather than with <see cref="File.Copy(string, string)"/>.
    /// </summary>
    public static void Copy(string source, string target)
    {
        using var from = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var to = new FileStream(target, OwnerOnly.Create(FileMode.Create, FileAccess.Write));
        from.CopyTo(to);
        to.Flush(flushToDisk: true);
    }

    /// <summary>
    /// Why the file at <paramref name="path"/> is not a database that <paramref name="password"/> opens, or null. Opened
    /// read-only, so the file is left as it was; every collection is read through, so a torn copy is found now and not
    /// at the first request after a restore.
    /// </summary>
    public static string? Problem(string path, string password)
    {
        if (!File.Exists(path))
        {
            return $"there is no file {path}";
        }

        try
        {
            using var engine = new LiteEngine(new EngineSettings { Filename = path, Password = password, ReadOnly = true });
            using var database = new LiteDatabase(engine);
            if (!database.GetCollectionNames().Contains(Collections.Meta))
            {
                return "it is a LiteDB file, but not a ChatBot database";
            }

            foreach (var name in database.GetCollectionNames())
            {
                database.GetCollection(name).Count();
            }

            return null;
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INVALID_PASSWORD)
        {
            return "the key does not open it (a backup opens only with the key of the database it was made from)";
        }
        catch (Exception e) when (e is LiteException or IOException or UnauthorizedAccessException or InvalidOperationException or FormatException)
        {
            return e.Message;
        }
    }
}
