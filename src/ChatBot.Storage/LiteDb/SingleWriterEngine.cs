using ChatBot.Core.Storage;
using LiteDB;
using LiteDB.Engine;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// LiteDB's engine with two rules around it. One writer: every write, and every explicit transaction, holds the
/// database's writer lock, so no two write transactions ever run at once (LiteDB 5's corruption reports come from
/// concurrent writers); reads run alongside without it. A failure that closed the engine is reported once to the
/// database, which reopens the file, and surfaces to callers as <see cref="StoreUnavailableException"/>.
/// </summary>
internal sealed class SingleWriterEngine(ILiteEngine inner, Lock writer, Action<SingleWriterEngine, Exception> failed) : ILiteEngine
{
    public ILiteEngine Inner => inner;

    public bool BeginTrans()
    {
        if (!writer.IsHeldByCurrentThread)
        {
            throw new InvalidOperationException("a transaction is begun only through ChatBotDatabase.InTransaction, which holds the writer lock");
        }

        return Guard(inner.BeginTrans);
    }

    public bool Commit() => Guard(inner.Commit);

    public bool Rollback() => Guard(inner.Rollback);

    public IBsonDataReader Query(string collection, Query query) => new GuardedReader(Guard(() => inner.Query(collection, query)), this);

    public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Write(() => inner.Insert(collection, docs, autoId));

    public int Update(string collection, IEnumerable<BsonDocument> docs) => Write(() => inner.Update(collection, docs));

    public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate) =>
        Write(() => inner.UpdateMany(collection, transform, predicate));

    public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Write(() => inner.Upsert(collection, docs, autoId));

    public int Delete(string collection, IEnumerable<BsonValue> ids) => Write(() => inner.Delete(collection, ids));

    public int DeleteMany(string collection, BsonExpression predicate) => Write(() => inner.DeleteMany(collection, predicate));

    public bool DropCollection(string name) => Write(() => inner.DropCollection(name));

    public bool RenameCollection(string name, string newName) => Write(() => inner.RenameCollection(name, newName));

    public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique) =>
        Write(() => inner.EnsureIndex(collection, name, expression, unique));

    public bool DropIndex(string collection, string name) => Write(() => inner.DropIndex(collection, name));

    public BsonValue Pragma(string name) => Guard(() => inner.Pragma(name));

    public bool Pragma(string name, BsonValue value) => Write(() => inner.Pragma(name, value));

    public int Checkpoint() => Write(inner.Checkpoint);

    public long Rebuild(RebuildOptions options) => Write(() => inner.Rebuild(options));

    public void Dispose() => inner.Dispose();

    private T Write<T>(Func<T> write)
    {
        lock (writer)
        {
            return Guard(write);
        }
    }

    internal T Guard<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (Exception e) when (StoreFailure.ClosesTheEngine(e))
        {
            failed(this, e);
            throw new StoreUnavailableException(StoreFailure.Describe(e), e);
        }
    }

    /// <summary>A query's reader reads pages lazily, so its failures are caught where they happen too.</summary>
    private sealed class GuardedReader(IBsonDataReader reader, SingleWriterEngine engine) : IBsonDataReader
    {
        public BsonValue this[string field] => reader[field];

        public string Collection => reader.Collection;

        public BsonValue Current => reader.Current;

        public bool HasValues => reader.HasValues;

        public bool Read() => engine.Guard(reader.Read);

        public void Dispose() => reader.Dispose();
    }
}
