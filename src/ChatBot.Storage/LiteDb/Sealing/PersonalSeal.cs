using System.Security.Cryptography;
using System.Text;
using LiteDB;

namespace ChatBot.Storage.LiteDb.Sealing;

/// <summary>
/// Seals the value of a personal field with AES-256-GCM, and hashes a matched one with HMAC-SHA256, under keys derived
/// (HKDF-SHA256) from the database's password. A sealed value is a BSON binary: a marker, the key's id, a fresh nonce,
/// the tag, then the value serialized as BSON and encrypted; so equal values never look alike on a page, and a changed
/// byte is noticed. A matched value is a document of the sealed binary and the hash (docs/privacy.md, "Sealed fields").
/// </summary>
public sealed class PersonalSeal
{
    public const string SealedField = "sealed";
    public const string MatchField = "match";

    private const int KeyIdBytes = 4;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private static readonly byte[] Marker = "CBs1"u8.ToArray();
    private static readonly int HeaderBytes = Marker.Length + KeyIdBytes + NonceBytes + TagBytes;

    private readonly byte[] _sealKey;
    private readonly byte[] _matchKey;
    private readonly ThreadLocal<AesGcm> _aes;

    private PersonalSeal(byte[] sealKey, byte[] matchKey)
    {
        _sealKey = sealKey;
        _matchKey = matchKey;
        KeyId = SHA256.HashData(sealKey)[..KeyIdBytes];
        _aes = new ThreadLocal<AesGcm>(() => new AesGcm(_sealKey, TagBytes));
    }

    /// <summary>Names the sealing key without revealing it: the first bytes of its SHA-256.</summary>
    public byte[] KeyId { get; }

    public string KeyIdText => Convert.ToHexString(KeyId).ToLowerInvariant();

    public static PersonalSeal For(string password)
    {
        var secret = Encoding.UTF8.GetBytes(password);
        return new PersonalSeal(
            HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, [], "ChatBot personal fields v1"u8.ToArray()),
            HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, [], "ChatBot matched fields v1"u8.ToArray()));
    }

    /// <summary>
    /// The stored form of <paramref name="plain"/>; with <paramref name="matchedText"/>, a document that also holds its
    /// keyed hash.
    /// </summary>
    public BsonValue Seal(BsonValue plain, string? matchedText = null)
    {
        var sealedValue = new BsonValue(Encrypt(BsonSerializer.Serialize(new BsonDocument { ["v"] = plain })));
        return matchedText is null
            ? sealedValue
            : new BsonDocument { [SealedField] = sealedValue, [MatchField] = Match(matchedText) };
    }

    /// <summary>The value a stored one holds: sealed, matched, or plain (written before fields were sealed).</summary>
    /// <exception cref="SealBrokenException">Sealed under another key, or changed since.</exception>
    public BsonValue Unseal(BsonValue stored)
    {
        if (IsMatched(stored))
        {
            stored = stored.AsDocument[SealedField];
        }

        return IsSealed(stored) ? BsonSerializer.Deserialize(Decrypt(stored.AsBinary))["v"] : stored;
    }

    /// <summary>The keyed hash of a matched value: equal for equal values, useless without the key.</summary>
    public string Match(string text) => Convert.ToBase64String(HMACSHA256.HashData(_matchKey, Encoding.UTF8.GetBytes(text)));

    public static bool IsSealed(BsonValue value) => value.IsBinary && value.AsBinary.AsSpan().StartsWith(Marker);

    public static bool IsMatched(BsonValue value) =>
        value.IsDocument && value.AsDocument.Count == 2 && value.AsDocument.TryGetValue(SealedField, out var inner) && IsSealed(inner) &&
        value.AsDocument.ContainsKey(MatchField);

    /// <summary>The key id a sealed value names.</summary>
    public static byte[] KeyIdOf(byte[] sealedBytes) => sealedBytes[Marker.Length..(Marker.Length + KeyIdBytes)];

    private byte[] Encrypt(byte[] plain)
    {
        var box = new byte[HeaderBytes + plain.Length];
        Marker.CopyTo(box, 0);
        KeyId.CopyTo(box, Marker.Length);
        var nonce = box.AsSpan(Marker.Length + KeyIdBytes, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        var header = box.AsSpan(0, Marker.Length + KeyIdBytes);
        _aes.Value!.Encrypt(nonce, plain, box.AsSpan(HeaderBytes), box.AsSpan(Marker.Length + KeyIdBytes + NonceBytes, TagBytes), header);
        return box;
    }

    private byte[] Decrypt(byte[] box)
    {
        if (box.Length < HeaderBytes || !KeyIdOf(box).AsSpan().SequenceEqual(KeyId))
        {
            throw new SealBrokenException("a personal field is sealed under another key than this database's");
        }

        var plain = new byte[box.Length - HeaderBytes];
        try
        {
            _aes.Value!.Decrypt(
                box.AsSpan(Marker.Length + KeyIdBytes, NonceBytes), box.AsSpan(HeaderBytes),
                box.AsSpan(Marker.Length + KeyIdBytes + NonceBytes, TagBytes), plain, box.AsSpan(0, Marker.Length + KeyIdBytes));
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new SealBrokenException("a sealed personal field was changed on disk");
        }

        return plain;
    }
}
