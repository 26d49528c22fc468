using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// The one encrypted LiteDB file of a data folder, opened once per process in direct mode
/// (shared mode with a password is about fifty times slower).
/// </summary>
public sealed class ChatBotDatabase : IDisposable
{
    public const string FileName = "chatbot.db";

    public ChatBotDatabase(string path, string password)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        Database = new LiteDatabase(
            new ConnectionString { Filename = path, Password = password, Connection = ConnectionType.Direct },
            BsonMappings.Create());
        Collections.EnsureIndexes(Database);
    }

    public LiteDatabase Database { get; }

    // LiteDB's transactions belong to a thread; this counts how deep this thread is inside InTransaction.
    [ThreadStatic]
    private static int _depth;

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: all of its writes land, or none. Called inside another
    /// <see cref="InTransaction"/> on the same thread, it joins the outer transaction.
    /// </summary>
    public void InTransaction(Action<LiteDatabase> work)
    {
        if (_depth > 0)
        {
            work(Database);
            return;
        }

        if (!Database.BeginTrans())
        {
            throw new InvalidOperationException("a transaction is already open on this thread");
        }

        _depth++;
        try
        {
            work(Database);
            Database.Commit();
        }
        catch
        {
            Database.Rollback();
            throw;
        }
        finally
        {
            _depth--;
        }
    }

    public void Dispose() => Database.Dispose();
}
