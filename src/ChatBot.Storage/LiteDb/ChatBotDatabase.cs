using System.Diagnostics;
using ChatBot.Core.Storage;
using ChatBot.Files;
using ChatBot.Storage.LiteDb.Sealing;
using LiteDB;
using LiteDB.Engine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// The one encrypted LiteDB file of a data folder, opened once per process in direct mode (shared mode with a
/// password is about fifty times slower). Every collection exists from the moment it opens; every write goes
/// through one writer; an engine that LiteDB closed after an internal error is replaced by a new one on the same
/// file, rebuilt where LiteDB asks for it, without restarting the process (docs/storage.md). The file and its
/// companions (the log, the backup of a rebuild) are the owner's only.
/// </summary>
public sealed class ChatBotDatabase : IStoreHealth, IDisposable
{
    public const string FileName = "chatbot.db";

    private static readonly TimeSpan LongestWaitBetweenReopens = TimeSpan.FromSeconds(30);

    private readonly string _path;
    private readonly string _password;
    private readonly PersonalSeal _seal;
    private readonly ILogger _logger;

    /// <summary>
    /// How many pages the log holds before LiteDB copies them into the file (its default is 1,000, 8 MB). A page written
    /// again before the copy is copied once: at 1,000 the copies were a fifth of the writer's time under the load test,
    /// whose new conversations dirty many pages (docs/benchmarks.md). 10,000 pages is a log of at most 80 MB.
    /// </summary>
    public const int CheckpointPages = 10_000;

    private readonly Lock _writer = new();
    private readonly Lock _reopening = new();
    private readonly GroupCommit _group;
    private volatile Opened _current;
    private string? _failure;
    private int _failedReopens;
    private long _nextReopenAt;
    private bool _disposed;

    /// <param name="time">Measures how long a group of writes has worked (<see cref="CommitAsync"/>).</param>
    public ChatBotDatabase(string path, string password, ILogger? logger = null, TimeProvider? time = null)
    {
        _path = Path.GetFullPath(path);
        _password = password;
        _seal = PersonalSeal.For(password);
        _logger = logger ?? NullLogger.Instance;
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        _current = Open();
        _group = new GroupCommit(_writer, work => Transact(opening: null, work), time ?? TimeProvider.System);
    }

    /// <summary>The open database; after a reopen, the new one. Read it for each use rather than keeping it.</summary>
    public LiteDatabase Database => _current.Database;

    /// <summary>What seals the personal fields of this file (docs/privacy.md, "Sealed fields").</summary>
    internal PersonalSeal Seal => _seal;

    /// <summary>How many transactions <see cref="CommitAsync"/> has committed, for the tests of the group commit.</summary>
    internal long CommittedGroups => _group.Groups;

    /// <summary>The engine under the writer rule, for the tests that break it on purpose.</summary>
    internal ILiteEngine Engine => _current.Engine.Inner;

    // LiteDB's transactions belong to a thread; this counts how deep this thread is inside InTransaction.
    [ThreadStatic]
    private static int _depth;

    // Asked for inside this thread's transaction by CheckpointAfterCommit.
    [ThreadStatic]
    private static bool _checkpointAfterCommit;

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction under the writer lock: all of its writes land, or none. Called
    /// inside another <see cref="InTransaction"/> on the same thread, it joins the outer transaction.
    /// </summary>
    /// <exception cref="StoreUnavailableException">The file failed; nothing of this transaction was committed.</exception>
    public void InTransaction(Action<LiteDatabase> work)
    {
        if (_depth > 0)
        {
            work(Database);
            return;
        }

        Transact(opening: null, work);
    }

    /// <summary>
    /// Hands <paramref name="work"/> to the one writer, which runs it in a transaction shared with the other writes
    /// ready at that moment (<see cref="GroupCommit"/>); completes once that transaction has committed. The calling
    /// thread neither waits for the writer lock nor holds it. <paramref name="work"/> may be run twice (when another
    /// write of its group fails), so it only writes to the database. A write that throws fails alone.
    /// </summary>
    /// <remarks>
    /// Called inside <see cref="InTransaction"/> on the same thread, it joins that transaction at once, as a nested
    /// <see cref="InTransaction"/> does: the writer's thread would wait for the lock this thread holds.
    /// </remarks>
    /// <exception cref="StoreUnavailableException">The file failed; nothing of this write was committed.</exception>
    public Task CommitAsync(Action<LiteDatabase> work)
    {
        if (_depth > 0)
        {
            work(Database);
            return Task.CompletedTask;
        }

        return _group.CommitAsync(work);
    }

    /// <summary>
    /// Called inside <see cref="InTransaction"/> or <see cref="CommitAsync"/>: once the transaction has committed,
    /// LiteDB's log is copied into the file and emptied. LiteDB zeroes the bytes of a record it deletes or shortens, but
    /// the log keeps the pages as earlier transactions wrote them until a checkpoint, which LiteDB makes by itself only
    /// at <see cref="CheckpointPages"/> or when the file closes; an erasure asks for one so that what it erased leaves
    /// the disk with it (docs/privacy.md).
    /// </summary>
    public void CheckpointAfterCommit()
    {
        if (_depth == 0)
        {
            throw new InvalidOperationException("a checkpoint after the commit is asked for inside InTransaction or CommitAsync");
        }

        _checkpointAfterCommit = true;
    }

    /// <summary>
    /// Writes a consistent copy of the file to <paramref name="path"/>, encrypted with the same password, while the
    /// database stays open: under the writer lock nothing is written, the checkpoint moves every committed page from
    /// the log into the file, and the file is copied before the lock is let go. The copy is then opened read-only to
    /// know it is whole, and only a copy that opened takes the name (docs/backup.md).
    /// </summary>
    /// <exception cref="IOException">The copy could not be written or did not open; nothing is left at <paramref name="path"/>.</exception>
    public void BackUpTo(string path)
    {
        var partial = path + ".partial";
        try
        {
            lock (_writer)
            {
                Database.Checkpoint();
                DatabaseCopy.Copy(_path, partial);
            }

            if (DatabaseCopy.Problem(partial, _password) is { } problem)
            {
                throw new IOException($"the copy does not open: {problem}");
            }

            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>
    /// A cheap read that tells whether the file serves. A failed file is reopened here if no reopen is under way,
    /// so the answer after the next one is "serving" again.
    /// </summary>
    public StoreHealth Check()
    {
        try
        {
            ReopenIfFailed();
            Database.GetCollection(Collections.Meta).FindById("health");
            return StoreHealth.Serving;
        }
        catch (StoreUnavailableException e)
        {
            return StoreHealth.Unavailable(e.Reason);
        }
    }

    private Opened Open()
    {
        // LiteDB makes its files with the umask's mode (0644): made empty as 0600 here first, LiteDB keeps the mode.
        // It makes the log anew at every start and deletes it when it closes, so the log is made here each time too.
        OwnerOnly.EnsureFile(_path);
        OwnerOnly.EnsureFile(LogOf(_path));

        // AutoRebuild: a file that LiteDB marked invalid when it closed its engine is rebuilt on opening,
        // its old copy kept beside it as chatbot-backup.db.
        var settings = new EngineSettings { Filename = _path, Password = _password, AutoRebuild = true };
        var engine = new SingleWriterEngine(new LiteEngine(settings), _writer, Failed);
        var mapper = BsonMappings.Create(_seal);
        MappedAhead.Map(mapper, MappedAhead.StoredTypes);
        var database = new LiteDatabase(engine, mapper);
        try
        {
            database.CheckpointSize = CheckpointPages;
            Transact(opening: database, Collections.Create);
            SealOlderValues(database);
            SetMissingInboxStatuses(database);
        }
        catch
        {
            database.Dispose();
            throw;
        }

        // A rebuild (of this opening or of an older version's) has left files of LiteDB's own making.
        OwnerOnly.Tighten(_path);
        OwnerOnly.Tighten(BackupPath());
        return new Opened(database, engine);
    }

    // A file written before personal fields were sealed has them sealed once, when it first opens here; the checkpoint
    // moves the rewritten pages out of the log at once, as an erasure does.
    private void SealOlderValues(LiteDatabase database)
    {
        var rewritten = 0;
        Transact(opening: database, db => rewritten = SealedCollections.SealOlderValues(db, _seal));
        if (rewritten > 0)
        {
            database.Checkpoint();
            _logger.LogInformation("Sealed the personal fields of {Count} records written before fields were sealed", rewritten);
        }
    }

    // A file written before the review inbox had statuses has its items marked pending once, when it first opens here.
    private void SetMissingInboxStatuses(LiteDatabase database)
    {
        var set = 0;
        Transact(opening: database, db => set = InboxStatuses.SetMissing(db));
        if (set > 0)
        {
            _logger.LogInformation("Marked pending {Count} review inbox items stored before the inbox had statuses", set);
        }
    }

    // One transaction under the writer lock, on a database being opened or else on the current one, read under the
    // lock so that a transaction waiting for a reopen runs on the new database.
    private void Transact(LiteDatabase? opening, Action<LiteDatabase> work)
    {
        lock (_writer)
        {
            var db = opening ?? Database;
            if (!db.BeginTrans())
            {
                throw new InvalidOperationException("a transaction is already open on this thread");
            }

            _depth++;
            var checkpoint = false;
            try
            {
                work(db);
                db.Commit();
                checkpoint = _checkpointAfterCommit;
            }
            catch
            {
                RollBackQuietly(db);
                throw;
            }
            finally
            {
                _depth--;
                _checkpointAfterCommit = false;
            }

            // Under the writer lock, as every write: LiteDB's checkpoint then waits only for the reads under way.
            if (checkpoint)
            {
                CheckpointQuietly(db);
            }
        }
    }

    // The transaction is committed whatever happens here: a failed checkpoint leaves the old pages in the log until the
    // next one, at the latest when the file closes.
    private void CheckpointQuietly(LiteDatabase db)
    {
        try
        {
            db.Checkpoint();
        }
        catch (Exception e) when (e is LiteException or StoreUnavailableException)
        {
            _logger.LogWarning(e, "The checkpoint after an erasure failed; the log keeps the erased pages until the next one");
        }
    }

    // Called on whichever thread met the failure, maybe inside a transaction holding the writer lock: so no lock here.
    private void Failed(SingleWriterEngine engine, Exception error)
    {
        var reason = StoreFailure.Describe(error);
        if (_disposed || engine != _current?.Engine || Interlocked.CompareExchange(ref _failure, reason, null) is not null)
        {
            return;
        }

        // Logged once per failure, however many requests meet it; the reopen is attempted right away.
        _logger.LogError(error, "The database failed and is being reopened: {Reason}", reason);
        ThreadPool.QueueUserWorkItem(_ => ReopenQuietly());
    }

    private void ReopenQuietly()
    {
        try
        {
            ReopenIfFailed();
        }
        catch (StoreUnavailableException)
        {
            // Logged where the reopen failed; the next health check or failure tries again.
        }
    }

    private void ReopenIfFailed()
    {
        if (Volatile.Read(ref _failure) is null)
        {
            return;
        }

        lock (_reopening)
        {
            if (Volatile.Read(ref _failure) is not { } failure || _disposed)
            {
                return;
            }

            if (Stopwatch.GetTimestamp() < _nextReopenAt)
            {
                throw new StoreUnavailableException(failure);
            }

            var started = Stopwatch.StartNew();
            var backup = BackupPath();
            var backupBefore = File.Exists(backup) ? File.GetLastWriteTimeUtc(backup) : DateTime.MinValue;
            var failed = _current;
            try
            {
                // The writer lock: no transaction of the failed engine is half-way while the file changes hands.
                lock (_writer)
                {
                    failed.Database.Dispose();
                    _current = Open();
                    _failure = null;
                }
            }
            catch (Exception e)
            {
                var wait = TimeSpan.FromSeconds(Math.Min(LongestWaitBetweenReopens.TotalSeconds, Math.Pow(2, _failedReopens++)));
                _nextReopenAt = Stopwatch.GetTimestamp() + (long)(wait.TotalSeconds * Stopwatch.Frequency);
                _logger.LogError(e, "Reopening the database failed; trying again in {Seconds} s", wait.TotalSeconds);
                throw new StoreUnavailableException(failure + "; reopening failed: " + StoreFailure.Describe(e), e);
            }

            _failedReopens = 0;
            var rebuilt = File.Exists(backup) && File.GetLastWriteTimeUtc(backup) != backupBefore;
            _logger.LogWarning(
                "The database was reopened in {Milliseconds} ms{Rebuilt}",
                started.ElapsedMilliseconds,
                rebuilt ? $"; LiteDB rebuilt the file and kept the old copy as {backup}" : "");
        }
    }

    private string BackupPath() => CompanionOf(_path, "-backup");

    /// <summary>LiteDB's write-ahead log beside a database file (<c>chatbot-log.db</c> beside <c>chatbot.db</c>).</summary>
    internal static string LogOf(string path) => CompanionOf(path, "-log");

    // LiteDB's names beside the file: chatbot-log.db, chatbot-backup.db.
    private static string CompanionOf(string path, string suffix) =>
        Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + suffix + Path.GetExtension(path));

    private static void RollBackQuietly(LiteDatabase db)
    {
        try
        {
            db.Rollback();
        }
        catch (StoreUnavailableException)
        {
            // The engine is gone, and its transaction with it: nothing was committed.
        }
    }

    public void Dispose()
    {
        // The writes already handed over are committed first.
        _group.Dispose();
        lock (_reopening)
        {
            _disposed = true;
            _current.Database.Dispose();
        }
    }

    private sealed record Opened(LiteDatabase Database, SingleWriterEngine Engine);
}
