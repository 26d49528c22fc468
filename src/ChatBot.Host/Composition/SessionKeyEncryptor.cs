using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace ChatBot.Host.Composition;

/// <summary>Seals each new session key before it is written to the key folder (<see cref="SessionKeyCipher"/>).</summary>
internal sealed class SessionKeyEncryptor(byte[] key) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement) => new(
        SessionKeyCipher.Element(SessionKeyCipher.Encrypt(key, plaintextElement.ToString(SaveOptions.DisableFormatting))),
        typeof(SessionKeyDecryptor));
}
