using System.Security.Cryptography;
using ChatBot.Files;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// The password of the database file: the configured one, or on a first run without one a random
/// key written to a file in the data folder that only its owner may read.
/// </summary>
public static class DatabasePassword
{
    public const string KeyFileName = "chatbot.key";

    /// <returns>The password, and whether a new key file was generated (worth a log line).</returns>
    public static (string Password, bool Generated) Resolve(string? configured, string dataDir)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return (configured, false);
        }

        // A key rotation that a crash interrupted is finished or undone before its key is read.
        if (Directory.Exists(dataDir))
        {
            Sealing.KeyRotation.Recover(dataDir);
        }

        var keyFile = Path.Combine(dataDir, KeyFileName);
        if (File.Exists(keyFile))
        {
            // A key restored from a backup without its mode (cp without -p) is readable by all.
            OwnerOnly.Tighten(keyFile);
            return (ReadKeyFile(keyFile), false);
        }

        Directory.CreateDirectory(dataDir);
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        WriteKeyFile(dataDir, password);
        return (password, true);
    }

    /// <summary>The password a key file holds (this folder's, or the one kept beside a backup).</summary>
    public static string ReadKeyFile(string path) => File.ReadAllText(path).Trim();

    /// <summary>Writes <paramref name="password"/> as the folder's new key file, its owner's only; an existing one is not replaced.</summary>
    public static void WriteKeyFile(string dataDir, string password)
    {
        using var writer = new StreamWriter(Path.Combine(dataDir, KeyFileName), OwnerOnly.Create(FileMode.CreateNew, FileAccess.Write));
        writer.Write(password);
    }
}
