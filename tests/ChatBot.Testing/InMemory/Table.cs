using System.Collections.Immutable;

namespace ChatBot.Testing.InMemory;

/// <summary>
/// One collection: each document kept as a snapshot under its key, in key order. A write replaces the immutable
/// map rather than changing it, so a transaction's copy of the table costs nothing and the committed table never
/// changes under a reader. Only the stores write (through a transaction); tests may read.
/// </summary>
public class Table<TKey, T>
    where TKey : notnull
    where T : class
{
    private readonly Func<T, TKey> _keyOf;
    private ImmutableSortedDictionary<TKey, string> _rows;

    internal Table(Func<T, TKey> keyOf, IComparer<TKey> order)
    {
        _keyOf = keyOf;
        _rows = ImmutableSortedDictionary.Create<TKey, string>(order);
    }

    protected Table(Table<TKey, T> from)
    {
        _keyOf = from._keyOf;
        _rows = from._rows;
    }

    public int Count => _rows.Count;

    public bool Contains(TKey key) => _rows.ContainsKey(key);

    /// <summary>A fresh copy of the document, or null.</summary>
    public T? Find(TKey key) => _rows.TryGetValue(key, out var json) ? Documents.Read<T>(json) : null;

    /// <summary>Fresh copies of every document, in key order.</summary>
    public IEnumerable<T> All() => _rows.Values.Select(Documents.Read<T>);

    /// <summary>Adds the document; a key already there is refused, as LiteDB refuses a duplicate id.</summary>
    internal void Insert(T document)
    {
        var key = KeyForInsert(document);
        if (_rows.ContainsKey(key))
        {
            throw new InvalidOperationException($"duplicate key '{key}' in the {typeof(T).Name} table");
        }

        _rows = _rows.Add(key, Documents.Write(document));
    }

    /// <summary>Inserts or replaces; true when the key was new.</summary>
    internal bool Upsert(T document)
    {
        var key = _keyOf(document);
        var added = !_rows.ContainsKey(key);
        _rows = _rows.SetItem(key, Documents.Write(document));
        return added;
    }

    /// <summary>Replaces the stored document; one that is not there is not added.</summary>
    internal bool Update(T document)
    {
        var key = _keyOf(document);
        if (!_rows.ContainsKey(key))
        {
            return false;
        }

        _rows = _rows.SetItem(key, Documents.Write(document));
        return true;
    }

    internal bool Delete(TKey key)
    {
        if (!_rows.ContainsKey(key))
        {
            return false;
        }

        _rows = _rows.Remove(key);
        return true;
    }

    internal int DeleteWhere(Func<T, bool> match)
    {
        var keys = _rows.Where(row => match(Documents.Read<T>(row.Value))).Select(row => row.Key).ToList();
        _rows = _rows.RemoveRange(keys);
        return keys.Count;
    }

    /// <summary>The same rows, for a transaction to change without touching this table.</summary>
    internal virtual Table<TKey, T> Copy() => new(this);

    protected virtual TKey KeyForInsert(T document) => _keyOf(document);
}
