using System.Security.Cryptography;
using System.Text;
using ChatBot.Storage.LiteDb;
using ChatBot.Storage.LiteDb.Sealing;

namespace ChatBot.Tests.Privacy;

/// <summary>
/// Everything an encrypted LiteDB file holds on disk, every byte of every page decrypted (free pages and the space
/// between records included), together with its log while the database is open: what someone with the file and its
/// key could read, whatever LiteDB's indexes say is stored.
/// </summary>
/// <remarks>
/// LiteDB 5's format (its <c>AesStream</c>): the first page is hidden, with the byte 1 and a 16-byte salt at its start
/// and 32 bytes of 1, encrypted, at offset 32 to check the password; the pages after it are AES-256 in ECB mode, no
/// padding, with the key derived by PBKDF2 (SHA-1, 1,000 rounds) from the password and the salt. ECB encrypts every
/// 16 bytes alone, so the whole file decrypts at once, even a log that a checkpoint is emptying while it is read.
/// LiteDB's own stream is not used: read beside the running service, its <c>CryptoStream</c> came back short, and the
/// pages after a short read would go unsearched.
/// </remarks>
internal static class DecryptedFile
{
    private const int PageSize = 8192;
    private const int SaltSize = 16;

    /// <summary>
    /// Which of <paramref name="texts"/> occur, as UTF-8, in the data file or in its log; with
    /// <paramref name="openSealed"/>, also inside every sealed personal field found in them, opened with the key the
    /// password gives (what the holder of the key file could read).
    /// </summary>
    public static IReadOnlyList<string> Containing(string dataFile, string password, IEnumerable<string> texts, bool openSealed = true)
    {
        List<byte[]> files = [Decrypt(dataFile, password), Decrypt(LogOf(dataFile), password)];
        if (openSealed)
        {
            var seal = PersonalSeal.For(password);
            files.AddRange(files.SelectMany(bytes => SealedFields.Opened(bytes, seal)).ToList());
        }

        return texts.Where(text => files.Any(bytes => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0)).ToList();
    }

    /// <summary>LiteDB's write-ahead log beside the data file (<c>chatbot-log.db</c>); it exists while the file is open.</summary>
    public static string LogOf(string dataFile) => ChatBotDatabase.LogOf(dataFile);

    private static byte[] Decrypt(string path, string password)
    {
        var file = ReadBeside(path);
        if (file.Length <= PageSize)
        {
            return [];
        }

        Assert.Equal(1, file[0]);
        using var aes = Aes.Create();
        aes.Key = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), file[1..(1 + SaltSize)], 1000, HashAlgorithmName.SHA1, 32);
        Assert.All(aes.DecryptEcb(file[32..64], PaddingMode.None), b => Assert.Equal(1, b));
        var pages = file.Length - PageSize;
        return aes.DecryptEcb(file.AsSpan(PageSize, pages - pages % 16), PaddingMode.None);
    }

    // The running service holds the file open for writing; reading beside it is allowed.
    private static byte[] ReadBeside(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
