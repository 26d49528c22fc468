namespace ChatBot.Testing.InMemory;

/// <summary>
/// The twin of <c>ChatBotDatabase</c>: every collection in one <see cref="Tables"/>, one writer at a time, and
/// transactions that are all or nothing. A transaction works on a copy of the tables and publishes it only when its
/// work returns; if the work throws, the copy is dropped and nothing of it was ever visible.
/// </summary>
public sealed class InMemoryDatabase
{
    private readonly Lock _writer = new();

    // The transaction this thread is inside, as LiteDB ties a transaction to its thread.
    private readonly ThreadLocal<Tables?> _open = new();

    private volatile Tables _committed = new(LiteDbCollation.OfCurrentCulture());

    /// <summary>What is committed, for tests to look at; a published state never changes.</summary>
    public Tables Committed => _committed;

    /// <summary>Inside this thread's transaction, what it has written so far; elsewhere, what is committed.</summary>
    public T Read<T>(Func<Tables, T> read) => read(_open.Value ?? _committed);

    /// <summary>
    /// Runs <paramref name="work"/> as one transaction after every other. Called inside another transaction on the same
    /// thread it joins that one, as <c>ChatBotDatabase.InTransaction</c> does.
    /// </summary>
    public T InTransaction<T>(Func<Tables, T> work)
    {
        if (_open.Value is { } outer)
        {
            return work(outer);
        }

        lock (_writer)
        {
            var working = _committed.Copy();
            _open.Value = working;
            try
            {
                var result = work(working);
                _committed = working;
                return result;
            }
            finally
            {
                _open.Value = null;
            }
        }
    }

    public void InTransaction(Action<Tables> work) => InTransaction(tables =>
    {
        work(tables);
        return true;
    });
}
