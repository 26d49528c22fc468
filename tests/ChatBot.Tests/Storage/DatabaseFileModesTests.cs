using ChatBot.Storage.LiteDb;
using ChatBot.Testing;
using LiteDB;

namespace ChatBot.Tests.Storage;

/// <summary>LiteDB makes its files with the umask's mode (0644); the database and its log are the owner's only.</summary>
public sealed class DatabaseFileModesTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TheDatabaseAndTheLogLiteDbWritesBesideItAreTheOwnersOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var database = new ChatBotDatabase(_folder.File(ChatBotDatabase.FileName), "modes-password");
        database.InTransaction(db => db.GetCollection(Collections.Meta).Upsert(new BsonDocument { ["_id"] = "written", ["at"] = 1 }));

        foreach (var name in new[] { ChatBotDatabase.FileName, "chatbot-log.db" })
        {
            Assert.Equal((name, UnixFileMode.UserRead | UnixFileMode.UserWrite), (name, File.GetUnixFileMode(_folder.File(name))));
        }
    }
}
