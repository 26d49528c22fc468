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

        var keyFile = Path.Combine(dataDir, KeyFileName);
        if (File.Exists(keyFile))
        {
            // A key restored from a backup without its mode (cp without -p) is readable by all.
            OwnerOnly.Tighten(keyFile);
            return (File.ReadAllText(keyFile).Trim(), false);
        }

        Directory.CreateDirectory(dataDir);
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        using (var writer = new StreamWriter(keyFile, OwnerOnly.Create(FileMode.CreateNew, FileAccess.Write)))
        {
            writer.Write(password);
        }

        return (password, true);
    }
}
