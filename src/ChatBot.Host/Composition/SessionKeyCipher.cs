using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Host.Composition;

/// <summary>
/// AES-256-GCM over the session keys' XML, under a key derived (HKDF-SHA256) from the database's password: the
/// configured one or the generated <c>chatbot.key</c>. So a copy of the key folder alone signs no cookie, while the
/// installation needs no certificate and nothing beyond what already opens its database. Changing the database
/// password makes the old session keys unreadable: operators sign in again, nothing else is lost.
/// </summary>
internal static class SessionKeyCipher
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private static readonly byte[] Purpose = "ChatBot session keys v1"u8.ToArray();

    public static byte[] KeyFor(ChatBotOptions options)
    {
        var (password, _) = DatabasePassword.Resolve(options.DatabasePassword, DataFolder.Prepare(options));
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(password), 32, [], Purpose);
    }

    public static string Encrypt(byte[] key, string plain)
    {
        var bytes = Encoding.UTF8.GetBytes(plain);
        var sealedBox = new byte[NonceBytes + TagBytes + bytes.Length];
        var nonce = sealedBox.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagBytes);
        aes.Encrypt(nonce, bytes, sealedBox.AsSpan(NonceBytes + TagBytes), sealedBox.AsSpan(NonceBytes, TagBytes));
        return Convert.ToBase64String(sealedBox);
    }

    /// <exception cref="CryptographicException">Another key sealed it, or it was changed.</exception>
    public static string Decrypt(byte[] key, string sealedText)
    {
        var sealedBox = Convert.FromBase64String(sealedText);
        var plain = new byte[sealedBox.Length - NonceBytes - TagBytes];
        using var aes = new AesGcm(key, TagBytes);
        aes.Decrypt(sealedBox.AsSpan(0, NonceBytes), sealedBox.AsSpan(NonceBytes + TagBytes), sealedBox.AsSpan(NonceBytes, TagBytes), plain);
        return Encoding.UTF8.GetString(plain);
    }

    public static XElement Element(string sealedText) =>
        new("sealedKey", new XComment(" AES-256-GCM under a key derived from the database password "), new XElement("value", sealedText));

    public static string ValueOf(XElement element) =>
        element.Element("value")?.Value ?? throw new CryptographicException("the sealed session key has no value");
}
