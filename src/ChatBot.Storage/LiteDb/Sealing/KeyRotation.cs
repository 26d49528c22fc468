using System.Security.Cryptography;
using ChatBot.Files;
using LiteDB;
using LiteDB.Engine;

namespace ChatBot.Storage.LiteDb.Sealing;

/// <summary>
/// Replaces the key of a data folder: a new random key, the database copied into a new file encrypted with it, every
/// sealed field sealed anew and every keyed hash taken anew, then the new file and the new key put in place. The old
/// key is kept beside them, named by the moment, for the backups made before (docs/privacy.md, "Rotating the key").
/// A crash at any point leaves the old file with the old key, or the new with the new: <see cref="Recover"/>, called
/// before the key is read, finishes or undoes what it finds.
/// </summary>
public static class KeyRotation
{
    private const string NextDatabase = "chatbot-rotating.db";
    private const string NextKey = DatabasePassword.KeyFileName + ".rotating";
    private const int Batch = 1000;

    /// <summary>What a rotation did.</summary>
    public sealed record Result(int Records, int SealedValues, string OldKeyFile);

    /// <summary>Rotates the key of the closed database in <paramref name="dataDir"/>, which <paramref name="password"/> opens.</summary>
    /// <exception cref="IOException">The new file could not be written or did not open as a whole copy; nothing was replaced.</exception>
    public static Result Rotate(string dataDir, string password, DateTimeOffset now)
    {
        Recover(dataDir);
        var newPassword = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var next = Path.Combine(dataDir, NextDatabase);
        var (records, sealedValues) = CopyResealed(Path.Combine(dataDir, ChatBotDatabase.FileName), password, next, newPassword);
        if (DatabaseCopy.Problem(next, newPassword) is { } problem)
        {
            DeleteNext(dataDir);
            throw new IOException($"the new file does not open: {problem}");
        }

        var oldKeyFile = Path.Combine(dataDir, $"{DatabasePassword.KeyFileName}.before-{now.UtcDateTime:yyyyMMdd-HHmmss}");
        WriteSecret(oldKeyFile, password);
        WriteSecret(Path.Combine(dataDir, NextKey), newPassword);

        // From here on, Recover finishes the rotation rather than undoing it.
        File.Move(next, Path.Combine(dataDir, ChatBotDatabase.FileName), overwrite: true);
        File.Move(Path.Combine(dataDir, NextKey), Path.Combine(dataDir, DatabasePassword.KeyFileName), overwrite: true);
        return new Result(records, sealedValues, oldKeyFile);
    }

    /// <summary>
    /// Finishes a rotation that had put the new file in place but not yet its key, or undoes one that had not put the
    /// new file in place.
    /// </summary>
    public static void Recover(string dataDir)
    {
        var nextKey = Path.Combine(dataDir, NextKey);
        var nextDatabaseThere = File.Exists(Path.Combine(dataDir, NextDatabase));
        if (File.Exists(nextKey) && !nextDatabaseThere)
        {
            File.Move(nextKey, Path.Combine(dataDir, DatabasePassword.KeyFileName), overwrite: true);
            return;
        }

        File.Delete(nextKey);
        DeleteNext(dataDir);
    }

    // Record by record, with the stored documents as they are, so that no type's mapping is needed and nothing is left out.
    private static (int Records, int SealedValues) CopyResealed(string from, string password, string to, string newPassword)
    {
        var records = 0;
        var sealedValues = 0;
        using (var old = new ChatBotDatabase(from, password))
        {
            OwnerOnly.EnsureFile(to);
            OwnerOnly.EnsureFile(ChatBotDatabase.LogOf(to));
            var fresh = PersonalSeal.For(newPassword);
            using var copy = new LiteDatabase(new LiteEngine(new EngineSettings { Filename = to, Password = newPassword }));
            foreach (var name in old.Database.GetCollectionNames())
            {
                var target = copy.GetCollection(name);
                foreach (var batch in old.Database.GetCollection(name).FindAll().Chunk(Batch))
                {
                    target.InsertBulk(batch.Select(document =>
                    {
                        var resealed = Resealing.Reseal(document, old.Seal, fresh, out var count);
                        sealedValues += count;
                        return resealed.AsDocument;
                    }));
                    records += batch.Length;
                }

                if (target.Count() != old.Database.GetCollection(name).Count())
                {
                    throw new IOException($"the copy of {name} is not whole");
                }
            }

            SealedCollections.MarkSealedUnder(copy, fresh);
        }

        return (records, sealedValues);
    }

    private static void WriteSecret(string path, string secret)
    {
        using var file = new FileStream(path, OwnerOnly.Create(FileMode.Create, FileAccess.Write));
        using (var writer = new StreamWriter(file, leaveOpen: true))
        {
            writer.Write(secret);
        }

        file.Flush(flushToDisk: true);
    }

    private static void DeleteNext(string dataDir)
    {
        File.Delete(Path.Combine(dataDir, NextDatabase));
        File.Delete(ChatBotDatabase.LogOf(Path.Combine(dataDir, NextDatabase)));
    }
}
