using System.Buffers.Binary;
using ChatBot.Storage.LiteDb.Sealing;
using LiteDB;

namespace ChatBot.Tests.Privacy;

/// <summary>
/// The sealed personal fields in decrypted pages, opened: each is a BSON binary (a 4-byte length and a subtype byte
/// before it) starting with the seal's marker. Remnants that no longer open (part of a freed record) are skipped.
/// </summary>
internal static class SealedFields
{
    private static readonly byte[] Marker = "CBs1"u8.ToArray();

    /// <summary>The BSON of every value sealed in <paramref name="pages"/> that opens with <paramref name="seal"/>.</summary>
    public static IEnumerable<byte[]> Opened(byte[] pages, PersonalSeal seal)
    {
        for (var at = pages.AsSpan().IndexOf(Marker); at >= 0; at = Next(pages, at))
        {
            if (at < 5)
            {
                continue;
            }

            var length = BinaryPrimitives.ReadInt32LittleEndian(pages.AsSpan(at - 5, 4));
            if (length <= 0 || at + length > pages.Length)
            {
                continue;
            }

            byte[]? opened;
            try
            {
                opened = BsonSerializer.Serialize(new BsonDocument { ["v"] = seal.Unseal(new BsonValue(pages[at..(at + length)])) });
            }
            catch (SealBrokenException)
            {
                opened = null;
            }

            if (opened is not null)
            {
                yield return opened;
            }
        }
    }

    private static int Next(byte[] pages, int at)
    {
        var next = pages.AsSpan(at + 1).IndexOf(Marker);
        return next < 0 ? -1 : at + 1 + next;
    }
}
