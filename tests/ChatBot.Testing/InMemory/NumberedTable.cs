namespace ChatBot.Testing.InMemory;

/// <summary>
/// A table whose documents get increasing ids on insert, as LiteDB numbers a long id left at 0: the caller's object
/// gets its id, and an id given by the caller is kept and numbering goes on after it.
/// </summary>
public sealed class NumberedTable<T> : Table<long, T>
    where T : class
{
    private readonly Func<T, long> _idOf;
    private readonly Action<T, long> _setId;
    private long _last;

    internal NumberedTable(Func<T, long> idOf, Action<T, long> setId)
        : base(idOf, Comparer<long>.Default)
    {
        _idOf = idOf;
        _setId = setId;
    }

    private NumberedTable(NumberedTable<T> from)
        : base(from)
    {
        _idOf = from._idOf;
        _setId = from._setId;
        _last = from._last;
    }

    internal override NumberedTable<T> Copy() => new(this);

    protected override long KeyForInsert(T document)
    {
        var id = _idOf(document);
        if (id == 0)
        {
            id = ++_last;
            _setId(document, id);
        }
        else
        {
            _last = Math.Max(_last, id);
        }

        return id;
    }
}
