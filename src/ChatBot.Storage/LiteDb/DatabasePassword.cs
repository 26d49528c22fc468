using System.Security.Cryptography;

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
            return (File.ReadAllText(keyFile).Trim(), false);
        }

        Directory.CreateDirectory(dataDir);
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(keyFile, options))
        {
            writer.Write(password);
        }

        return (password, true);
    }
}
