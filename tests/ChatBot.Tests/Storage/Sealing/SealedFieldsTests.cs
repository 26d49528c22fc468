using ChatBot.Core.Conversations;
using ChatBot.Core.Trainings;
using ChatBot.Storage.LiteDb;
using ChatBot.Storage.LiteDb.Sealing;
using ChatBot.Storage.LiteDb.Trainings;
using ChatBot.Testing;
using ChatBot.Tests.Privacy;
using LiteDB;

namespace ChatBot.Tests.Storage.Sealing;

/// <summary>
/// Personal fields are sealed beyond the file's own encryption: the decrypted pages show neither the text nor that two
/// records hold the same one, a changed byte is refused, and a file from before sealing is sealed when it opens.
/// </summary>
public sealed class SealedFieldsTests : IDisposable
{
    private const string Password = "secret";
    private const string Name = "Гульнара Жаксыбекова";
    private const string Phone = "+77019876543";
    private const string Iin = "870315400732";

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string DataFile => _folder.File(ChatBotDatabase.FileName);

    [Fact]
    public void ATraineesNamePhoneAndIinAreNotInTheDecryptedPagesYetReadBackWhole()
    {
        using (var database = new ChatBotDatabase(DataFile, Password))
        {
            new LiteTrainees(database).Save(Trainee("telegram:1"));
            database.Database.Checkpoint();

            Assert.Empty(DecryptedFile.Containing(DataFile, Password, [Name, Phone, Iin], openSealed: false));
            Assert.Equal([Name, Phone, Iin], DecryptedFile.Containing(DataFile, Password, [Name, Phone, Iin]));
        }

        using var reopened = new ChatBotDatabase(DataFile, Password);
        Assert.Equivalent(Trainee("telegram:1"), new LiteTrainees(reopened).Find("telegram:1"), strict: true);
    }

    [Fact]
    public void TwoRecordsOfTheSameTextLookDifferentOnThePageButTheirIinsMatchByKey()
    {
        using var database = new ChatBotDatabase(DataFile, Password);
        new LiteTrainees(database).Save(Trainee("telegram:1"));
        new LiteTrainees(database).Save(Trainee("web:2"));

        var stored = database.Database.GetCollection(Collections.Trainees).FindAll().ToList();

        Assert.NotEqual(stored[0]["Name"].AsBinary, stored[1]["Name"].AsBinary);
        Assert.NotEqual(stored[0]["Iin"][PersonalSeal.SealedField].AsBinary, stored[1]["Iin"][PersonalSeal.SealedField].AsBinary);
        Assert.Equal(stored[0]["Iin"][PersonalSeal.MatchField], stored[1]["Iin"][PersonalSeal.MatchField]);
    }

    [Fact]
    public void ASealedFieldWithAChangedByteIsRefusedRatherThanReadAsSomethingElse()
    {
        using var database = new ChatBotDatabase(DataFile, Password);
        database.InTransaction(db => db.GetCollection<TranscriptEntry>(Collections.Transcript).Insert(Entry("web:1", "моя выручка 12 млн")));
        var raw = database.Database.GetCollection(Collections.Transcript).FindAll().Single();
        var bytes = raw["Text"].AsBinary;
        bytes[^1] ^= 1;
        raw["Text"] = bytes;
        database.InTransaction(db => db.GetCollection(Collections.Transcript).Update(raw));

        var error = Assert.Throws<SealBrokenException>(() => database.Database.GetCollection<TranscriptEntry>(Collections.Transcript).FindAll().ToList());
        Assert.Equal("a sealed personal field was changed on disk", error.Message);
    }

    [Fact]
    public void AFileWrittenBeforeSealingHasItsPlainFieldsSealedWhenItFirstOpens()
    {
        // Written as the version before sealing wrote them: the same mapping, without the seal.
        var plainMapper = new BsonMapper { EnumAsInteger = false };
        plainMapper.Entity<Trainee>().Id(t => t.ConversationId, autoId: false);
        using (var old = new LiteDatabase(new ConnectionString { Filename = DataFile, Password = Password }, plainMapper))
        {
            old.GetCollection<Trainee>(Collections.Trainees).Insert(Trainee("telegram:1"));
            old.GetCollection<TranscriptEntry>(Collections.Transcript).Insert(Entry("telegram:1", "было открытым текстом"));
            Assert.Equal(Name, old.GetCollection(Collections.Trainees).FindById("telegram:1")["Name"].AsString);
        }

        using (var database = new ChatBotDatabase(DataFile, Password))
        {
            var trainee = database.Database.GetCollection(Collections.Trainees).FindById("telegram:1");
            Assert.True(PersonalSeal.IsSealed(trainee["Name"]));
            Assert.True(PersonalSeal.IsMatched(trainee["Iin"]));
            Assert.Equal(Phone, new LiteTrainees(database).Find("telegram:1")!.Phone);
            Assert.Equal("было открытым текстом", database.Database.GetCollection<TranscriptEntry>(Collections.Transcript).FindById(1L).Text);
            Assert.Equal(new LiteTrainees(database).PersonKeys()["telegram:1"], trainee["Iin"][PersonalSeal.MatchField].AsString);
        }

        Assert.Empty(DecryptedFile.Containing(DataFile, Password, [Name, Phone, Iin, "было открытым текстом"], openSealed: false));
    }

    [Fact]
    public void EveryStoredTypeThatHoldsAPersonalFieldIsInTheCollectionsSealedOnOpening()
    {
        var holding = MappedAhead.StoredTypes.Where(SealedMembers.Hold).ToHashSet();

        Assert.Equal(holding, SealedCollections.All.Select(c => c.Type).ToHashSet());
    }

    internal static Trainee Trainee(string conversationId) => new()
    {
        ConversationId = conversationId,
        Name = Name,
        Phone = Phone,
        Iin = Iin,
        Bin = "123456789012",
        Sector = "retail",
        ConsentAt = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 12, 1, 10, 1, 0, TimeSpan.Zero),
    };

    internal static TranscriptEntry Entry(string conversationId, string text) => new()
    {
        ConversationId = conversationId,
        From = ChatBot.Core.Messages.MessageAuthor.User,
        Text = text,
        At = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero),
    };
}
