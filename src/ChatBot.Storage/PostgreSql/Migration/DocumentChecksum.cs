using System.Security.Cryptography;
using System.Text;
using LiteDB;

namespace ChatBot.Storage.PostgreSql.Migration;

/// <summary>
/// A checksum of a set of documents that does not depend on their order, nor on the order of fields within them:
/// SHA-256 of each document written with its fields sorted, added up in four 64-bit lanes. Sealed values are compared
/// as they are stored, so a copy that re-sealed anything would not match.
/// </summary>
internal sealed class DocumentChecksum
{
    private readonly ulong[] _lanes = new ulong[4];

    public long Count { get; private set; }

    public void Add(BsonDocument document)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Sorted(document))));
        for (var lane = 0; lane < _lanes.Length; lane++)
        {
            _lanes[lane] = unchecked(_lanes[lane] + BitConverter.ToUInt64(hash, lane * 8));
        }

        Count++;
    }

    public override string ToString() => string.Concat(_lanes.Select(l => l.ToString("x16", System.Globalization.CultureInfo.InvariantCulture)));

    private static BsonValue Sorted(BsonValue value) => value switch
    {
        { IsDocument: true } => Sort(value.AsDocument),
        { IsArray: true } => new BsonArray(value.AsArray.Select(Sorted)),
        _ => value,
    };

    private static BsonDocument Sort(BsonDocument document)
    {
        var sorted = new BsonDocument();
        foreach (var key in document.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            sorted[key] = Sorted(document[key]);
        }

        return sorted;
    }
}
