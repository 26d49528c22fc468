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

    /// <summary>Runs <paramref name="work"/> in one transaction: all of its writes land, or none.</summary>
    public void InTransaction(Action<LiteDatabase> work)
    {
        if (!Database.BeginTrans())
        {
            throw new InvalidOperationException("a transaction is already open on this thread");
        }

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
    }

    public void Dispose() => Database.Dispose();
}
