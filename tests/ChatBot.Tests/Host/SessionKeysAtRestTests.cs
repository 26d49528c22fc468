using System.Security.Cryptography;
using ChatBot.Host.Composition;
using ChatBot.Testing;
using ChatBot.Tests.Web;

namespace ChatBot.Tests.Host;

/// <summary>
/// The keys that sign sessions and stream tickets are sealed under the database's password before they reach the
/// disk, so a fresh installation starts without Data Protection's warning that they are kept in the clear.
/// </summary>
public sealed class SessionKeysAtRestTests
{
    [Fact]
    public async Task AFreshServiceSealsItsFirstKeyAndDoesNotWarnAboutIt()
    {
        using var service = await ServiceProcess.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(service.Url) };
        var chat = new ChatClient(http);
        await chat.TicketAsync(await chat.StartAsync()); // a ticket needs the key ring, so a key has been made
        await Task.Delay(TimeSpan.FromSeconds(1)); // the console logger writes from a queue of its own

        var key = Assert.Single(Directory.GetFiles(Path.Combine(service.DataDir, SessionKeys.FolderName), "key-*.xml"));
        Assert.Contains("<sealedKey", await File.ReadAllTextAsync(key), StringComparison.Ordinal);
        Assert.DoesNotContain("No XML encryptor configured", service.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("unencrypted", service.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AKeySealedUnderOnePasswordDoesNotOpenUnderAnother()
    {
        var sealedKey = SessionKeyCipher.Encrypt(Key("first-password"), "<key/>");

        Assert.Equal("<key/>", SessionKeyCipher.Decrypt(Key("first-password"), sealedKey));
        Assert.ThrowsAny<CryptographicException>(() => SessionKeyCipher.Decrypt(Key("second-password"), sealedKey));
    }

    private static byte[] Key(string password) => SessionKeyCipher.KeyFor(new ChatBotOptions { DataDir = Path.GetTempPath(), DatabasePassword = password });
}
