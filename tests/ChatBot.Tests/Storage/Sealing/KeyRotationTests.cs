using ChatBot.Core.Conversations;
using ChatBot.Storage.LiteDb;
using ChatBot.Storage.LiteDb.Sealing;
using ChatBot.Storage.LiteDb.Trainings;
using ChatBot.Testing;
using ChatBot.Tests.Privacy;
using LiteDB;
using static ChatBot.Tests.Storage.Sealing.SealedFieldsTests;

namespace ChatBot.Tests.Storage.Sealing;

/// <summary>
/// A key rotation leaves every record readable under the new key only, its personal fields sealed anew and matched
/// anew, and a crash at any point of it leaves either the old file with the old key or the new with the new.
/// </summary>
public sealed class KeyRotationTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 4, 0, 0, TimeSpan.Zero);

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string DataDir => _folder.Path;

    private string DataFile => Path.Combine(DataDir, ChatBotDatabase.FileName);

    [Fact]
    public void AfterARotationEveryRecordReadsBackUnderTheNewKeyAndTheOldKeyOpensNothing()
    {
        var (oldKey, _) = DatabasePassword.Resolve(null, DataDir);
        string oldMatch;
        using (var database = new ChatBotDatabase(DataFile, oldKey))
        {
            new LiteTrainees(database).Save(Trainee("telegram:1"));
            database.InTransaction(db => db.GetCollection<TranscriptEntry>(Collections.Transcript).Insert(Entry("telegram:1", "оборот 40 млн")));
            oldMatch = new LiteTrainees(database).PersonKeys()["telegram:1"];
        }

        var result = KeyRotation.Rotate(DataDir, oldKey, Now);

        var (newKey, generated) = DatabasePassword.Resolve(null, DataDir);
        Assert.False(generated);
        Assert.NotEqual(oldKey, newKey);
        Assert.Equal(oldKey, File.ReadAllText(result.OldKeyFile));
        Assert.Equal(Path.Combine(DataDir, "chatbot.key.before-20261202-040000"), result.OldKeyFile);
        Assert.Equal(5, result.SealedValues); // the trainee's name, phone, ИИН and БИН, and the transcript's text
        Assert.NotNull(DatabaseCopy.Problem(DataFile, oldKey));
        using var rotated = new ChatBotDatabase(DataFile, newKey);
        Assert.Equivalent(Trainee("telegram:1"), new LiteTrainees(rotated).Find("telegram:1"), strict: true);
        Assert.Equal("оборот 40 млн", rotated.Database.GetCollection<TranscriptEntry>(Collections.Transcript).FindAll().Single().Text);
        Assert.NotEqual(oldMatch, new LiteTrainees(rotated).PersonKeys()["telegram:1"]);
        Assert.Equal(rotated.Seal.KeyIdText, SealedCollections.KeyOf(rotated.Database));
    }

    [Fact]
    public void ACrashBeforeTheNewFileWasInPlaceLeavesTheOldFileWithTheOldKey()
    {
        var (oldKey, _) = DatabasePassword.Resolve(null, DataDir);
        using (var database = new ChatBotDatabase(DataFile, oldKey))
        {
            new LiteTrainees(database).Save(Trainee("telegram:1"));
        }

        // What a crash after the new key was written, before the files were moved, leaves behind.
        File.WriteAllText(Path.Combine(DataDir, "chatbot-rotating.db"), "half a file");
        File.WriteAllText(Path.Combine(DataDir, "chatbot.key.rotating"), "the new key");

        var (key, _) = DatabasePassword.Resolve(null, DataDir);

        Assert.Equal(oldKey, key);
        Assert.Equal(["chatbot.db", "chatbot.key"], Directory.GetFiles(DataDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var database2 = new ChatBotDatabase(DataFile, key);
        Assert.Equal("+77019876543", new LiteTrainees(database2).Find("telegram:1")!.Phone);
    }

    [Fact]
    public void ACrashAfterTheNewFileWasInPlaceFinishesWithTheNewKey()
    {
        var (oldKey, _) = DatabasePassword.Resolve(null, DataDir);
        using (var database = new ChatBotDatabase(DataFile, oldKey))
        {
            new LiteTrainees(database).Save(Trainee("telegram:1"));
        }

        KeyRotation.Rotate(DataDir, oldKey, Now);
        var newKey = File.ReadAllText(Path.Combine(DataDir, DatabasePassword.KeyFileName));

        // What a crash between the two moves leaves: the new file in place, the new key beside the old one.
        File.WriteAllText(Path.Combine(DataDir, DatabasePassword.KeyFileName), oldKey);
        File.WriteAllText(Path.Combine(DataDir, "chatbot.key.rotating"), newKey);

        var (key, _) = DatabasePassword.Resolve(null, DataDir);

        Assert.Equal(newKey, key);
        Assert.False(File.Exists(Path.Combine(DataDir, "chatbot.key.rotating")));
        using var database2 = new ChatBotDatabase(DataFile, key);
        Assert.Equal("+77019876543", new LiteTrainees(database2).Find("telegram:1")!.Phone);
    }

    [Fact]
    public void TheRotatedFileHoldsNoPersonalFieldUnderTheOldKeyNorInPlainText()
    {
        var (oldKey, _) = DatabasePassword.Resolve(null, DataDir);
        using (var database = new ChatBotDatabase(DataFile, oldKey))
        {
            new LiteTrainees(database).Save(Trainee("telegram:1"));
        }

        KeyRotation.Rotate(DataDir, oldKey, Now);
        var (newKey, _) = DatabasePassword.Resolve(null, DataDir);

        string[] personal = ["Гульнара Жаксыбекова", "+77019876543", "870315400732"];
        Assert.Empty(DecryptedFile.Containing(DataFile, newKey, personal, openSealed: false));
        Assert.Equal(personal, DecryptedFile.Containing(DataFile, newKey, personal));
        var stored = new LiteDatabase(new ConnectionString { Filename = DataFile, Password = newKey, ReadOnly = true });
        using (stored)
        {
            var name = stored.GetCollection(Collections.Trainees).FindById("telegram:1")["Name"].AsBinary;
            Assert.Throws<SealBrokenException>(() => PersonalSeal.For(oldKey).Unseal(new BsonValue(name)));
        }
    }
}
