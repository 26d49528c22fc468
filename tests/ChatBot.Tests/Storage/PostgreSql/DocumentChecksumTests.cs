using ChatBot.Storage.PostgreSql.Migration;
using LiteDB;

namespace ChatBot.Tests.Storage.PostgreSql;

public sealed class DocumentChecksumTests
{
    [Fact]
    public void TheOrderOfDocumentsAndOfTheirFieldsDoesNotChangeTheChecksum()
    {
        var one = Of(new BsonDocument { ["_id"] = 1, ["a"] = "x", ["b"] = new BsonDocument { ["c"] = 1, ["d"] = 2 } }, new BsonDocument { ["_id"] = 2 });
        var other = Of(new BsonDocument { ["_id"] = 2 }, new BsonDocument { ["b"] = new BsonDocument { ["d"] = 2, ["c"] = 1 }, ["a"] = "x", ["_id"] = 1 });

        Assert.Equal(one.ToString(), other.ToString());
        Assert.Equal(2, one.Count);
    }

    [Fact]
    public void OneChangedValueOrTypeChangesTheChecksum()
    {
        var stored = Of(new BsonDocument { ["_id"] = 1, ["n"] = 5L });

        Assert.NotEqual(stored.ToString(), Of(new BsonDocument { ["_id"] = 1, ["n"] = 6L }).ToString());
        Assert.NotEqual(stored.ToString(), Of(new BsonDocument { ["_id"] = 1, ["n"] = 5 }).ToString());
        Assert.NotEqual(stored.ToString(), Of(new BsonDocument { ["_id"] = 1, ["n"] = 5L, ["extra"] = BsonValue.Null }).ToString());
    }

    private static DocumentChecksum Of(params BsonDocument[] documents)
    {
        var checksum = new DocumentChecksum();
        foreach (var document in documents)
        {
            checksum.Add(document);
        }

        return checksum;
    }
}
