using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Composition;

/// <summary>
/// Opens a sealed session key. Data Protection makes it by its type name with the service provider, so it finds the
/// database password through the settings itself.
/// </summary>
internal sealed class SessionKeyDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var key = SessionKeyCipher.KeyFor(services.GetRequiredService<IOptions<ChatBotOptions>>().Value);
        return XElement.Parse(SessionKeyCipher.Decrypt(key, SessionKeyCipher.ValueOf(encryptedElement)));
    }
}
