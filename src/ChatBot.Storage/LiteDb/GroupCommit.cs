using System.Collections.Concurrent;
using ChatBot.Core.Storage;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// The one writer of the turns (a group commit). Callers hand their writes over and await the commit, holding neither
/// a thread nor LiteDB's lock; the writer's thread runs what is queued, in the order it came, in one transaction, and
/// answers each caller once that transaction has committed. A group takes at most <see cref="MostPerGroup"/> writes and
/// stops taking more after <see cref="LongestGroup"/> of work, so the first of them never waits long; it never waits
/// for writes to come. A write that throws fails alone: the group is rolled back and run again without it
/// (docs/storage.md), so a write must be safe to run twice and have no effect outside the database.
/// </summary>
internal sealed class GroupCommit : IDisposable
{
    public const int MostPerGroup = 64;

    // About five turns' writes on 2 cores: at 0.5 ms, less than one turn's, nearly every turn paid a commit of its own
    // (docs/storage.md, "The group commit").
    public static readonly TimeSpan LongestGroup = TimeSpan.FromMilliseconds(5);

    private readonly BlockingCollection<Write> _queue = new(new ConcurrentQueue<Write>());
    private readonly Lock _writer;
    private readonly Action<Action<LiteDatabase>> _transact;
    private readonly TimeProvider _time;
    private readonly Thread _thread;
    private long _groups;

    /// <param name="writer">The database's writer lock, held from a group's first attempt to its last.</param>
    /// <param name="transact">Runs its argument in one transaction under the writer lock, rolled back if it throws.</param>
    /// <param name="time">Measures how long a group has worked.</param>
    public GroupCommit(Lock writer, Action<Action<LiteDatabase>> transact, TimeProvider time)
    {
        _writer = writer;
        _transact = transact;
        _time = time;
        _thread = new Thread(Run) { IsBackground = true, Name = "ChatBot writer" };
        _thread.Start();
    }

    /// <summary>Completes once <paramref name="work"/> has committed, or fails with what it threw, or with what failed the group.</summary>
    public Task CommitAsync(Action<LiteDatabase> work)
    {
        var write = new Write(work);
        try
        {
            _queue.Add(write);
        }
        catch (InvalidOperationException)
        {
            throw new ObjectDisposedException(nameof(ChatBotDatabase), "the database is closed");
        }

        return write.Committed.Task;
    }

    /// <summary>How many transactions of writes have committed so far.</summary>
    public long Groups => Interlocked.Read(ref _groups);

    private void Run()
    {
        var group = new List<Write>(MostPerGroup);
        foreach (var first in _queue.GetConsumingEnumerable())
        {
            group.Add(first);
            Commit(group);
            group.Clear();
        }
    }

    private void Commit(List<Write> group)
    {
        // Held across the attempts, so no other transaction comes between a rolled-back attempt and the next: the
        // outbox ids its writes took stay above every id committed before them.
        lock (_writer)
        {
            var takeMore = true;
            while (group.Count > 0)
            {
                var at = -1;
                try
                {
                    _transact(db => RunAll(db, group, takeMore, ref at));
                    Interlocked.Increment(ref _groups);
                    group.ForEach(w => w.Committed.TrySetResult());
                    return;
                }
                catch (Exception e) when (at >= 0 && at < group.Count && e is not StoreUnavailableException)
                {
                    // This write's own failure: the others are tried again without it.
                    group[at].Committed.TrySetException(e);
                    group.RemoveAt(at);
                    takeMore = false;
                }
                catch (Exception e)
                {
                    // The file failed, or the commit itself: nothing of the group was committed.
                    group.ForEach(w => w.Committed.TrySetException(e));
                    return;
                }
            }
        }
    }

    private void RunAll(LiteDatabase db, List<Write> group, bool takeMore, ref int at)
    {
        var started = _time.GetTimestamp();
        for (at = 0; at < group.Count || (takeMore && TakeOne(group, started)); at++)
        {
            group[at].Work(db);
        }
    }

    private bool TakeOne(List<Write> group, long started) =>
        group.Count < MostPerGroup
        && _time.GetElapsedTime(started) < LongestGroup
        && _queue.TryTake(out var next)
        && Add(group, next);

    private static bool Add(List<Write> group, Write write)
    {
        group.Add(write);
        return true;
    }

    /// <summary>The writes already handed over are committed before the thread ends. Called again, it does nothing.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        _thread.Join();
    }

    private sealed class Write(Action<LiteDatabase> work)
    {
        public Action<LiteDatabase> Work => work;

        // Continuations run on the thread pool, never on the writer's thread.
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
