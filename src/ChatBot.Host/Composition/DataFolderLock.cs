using System.Diagnostics;
using System.Globalization;
using ChatBot.Files;

namespace ChatBot.Host.Composition;

/// <summary>
/// The one process that works on a data folder: whoever opens its database (the service, the terminal chat, a verb)
/// holds an exclusive OS lock on <c>chatbot.lock</c> for as long as it runs, and a second one is refused, naming the
/// first. The OS lets go when the process ends, however it ends: a lock file left by a killed process blocks nothing,
/// since the lock counts, not the file. Two processes in LiteDB's direct mode lose each other's writes.
/// </summary>
internal sealed class DataFolderLock : IDisposable
{
    public const string FileName = "chatbot.lock";

    /// <summary>Who holds the lock, written beside it: a held lock file cannot be read by another process.</summary>
    public const string OwnerFileName = "chatbot.owner";

    public const string Service = "the service";

    private readonly FileStream _held;

    private DataFolderLock(string dataDir, FileStream held)
    {
        DataDir = dataDir;
        _held = held;
    }

    public string DataDir { get; }

    private string OwnerFile => Path.Combine(DataDir, OwnerFileName);

    /// <param name="dataDir">The prepared folder (<see cref="DataFolder.Prepare"/>).</param>
    /// <param name="holder">What this process is, for the refusal of the next one: the service, <c>chatbot operators</c>.</param>
    /// <exception cref="DataFolderException">Another process holds the folder.</exception>
    public static DataFolderLock Take(string dataDir, string holder)
    {
        var lockFile = Path.Combine(dataDir, FileName);
        var exclusive = OwnerOnly.Create(FileMode.OpenOrCreate, FileAccess.ReadWrite);

        // flock(LOCK_EX) on Unix, a sharing mode on Windows: the process's until it ends.
        exclusive.Share = FileShare.None;
        FileStream held;
        try
        {
            held = new FileStream(lockFile, exclusive);
        }
        catch (IOException e) when (HeldElsewhere(e))
        {
            throw new DataFolderException(
                $"the data folder {dataDir} is in use by {Owner(dataDir)}; stop it first " +
                "(while it runs, make changes in the operators' console or the admin API)",
                e);
        }

        var taken = new DataFolderLock(dataDir, held);
        try
        {
            OwnerOnly.Tighten(lockFile);
            using (var owner = new StreamWriter(taken.OwnerFile, OwnerOnly.Create(FileMode.Create, FileAccess.Write)))
            {
                owner.Write(Describe(holder));
            }

            OwnerOnly.Tighten(taken.OwnerFile);
            return taken;
        }
        catch
        {
            taken.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        // Deleted while still held, so that it never describes a process that has let go.
        File.Delete(OwnerFile);
        _held.Dispose();
    }

    // EWOULDBLOCK on Linux (11) and macOS (35); a sharing or lock violation on Windows.
    private static bool HeldElsewhere(IOException e) =>
        e.GetType() == typeof(IOException) && e.HResult is 11 or 35 or unchecked((int)0x80070020) or unchecked((int)0x80070021);

    private static string Describe(string holder)
    {
        using var self = Process.GetCurrentProcess();
        var started = new DateTimeOffset(self.StartTime).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
        return $"{holder} (pid {Environment.ProcessId}, started {started})";
    }

    // A holder that has only just taken the lock may not have written its name yet.
    private static string Owner(string dataDir)
    {
        try
        {
            var owner = File.ReadAllText(Path.Combine(dataDir, OwnerFileName)).Trim();
            return owner.Length > 0 ? owner : "another process";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "another process";
        }
    }
}
