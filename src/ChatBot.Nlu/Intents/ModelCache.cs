using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using ChatBot.Files;
using Microsoft.ML;

namespace ChatBot.Nlu.Intents;

/// <summary>
/// Trained models kept in a folder (the data folder's models/) under a hash of what they were trained on, so that a
/// restart with the same knowledge loads the model instead of training it again. The folder and the models are the
/// owner's only, like the rest of the data folder: a model is made of the knowledge base's questions.
/// The zip is ML.NET's, with one entry of ours added: the nearest centroid and the mixture's weight and temperature.
/// </summary>
public sealed class ModelCache(string folder)
{
    /// <summary>The entry of the nearest centroid; ML.NET reads only its own entries and leaves it be.</summary>
    internal const string CentroidEntry = "ChatBot/NearestCentroid.bin";

    private const int CentroidFormat = 1;

    private readonly string _folder = folder;

    public static string KeyOf(IReadOnlyList<TrainingExample> examples)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(IntentPipeline.Version + "\n"));
        foreach (var example in examples)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(example.Label + "\t" + example.Text + "\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    public string PathOf(string key) => Path.Combine(_folder, $"intents-{key}.zip");

    /// <returns>The model and whether it was loaded from the cache rather than trained.</returns>
    public (IntentModel Model, bool FromCache) LoadOrTrain(IReadOnlyList<TrainingExample> examples)
    {
        var path = PathOf(KeyOf(examples));
        if (File.Exists(path))
        {
            var ml = new MLContext(IntentPipeline.Seed);
            var transformer = ml.Model.Load(path, out var schema);
            var (centroids, mixture) = ReadCentroid(path);
            return (new IntentModel(ml, transformer, schema, centroids, mixture), true);
        }

        var model = IntentModelTrainer.Train(examples);
        OwnerOnly.CreateFolder(_folder);
        var temporary = path + ".tmp";
        new MLContext(IntentPipeline.Seed).Model.Save(model.Transformer, model.InputSchema, temporary);
        WriteCentroid(temporary, model);
        OwnerOnly.Tighten(temporary);
        File.Move(temporary, path, overwrite: true);
        return (model, false);
    }

    private static void WriteCentroid(string zipPath, IntentModel model)
    {
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Update);
        using var writer = new BinaryWriter(zip.CreateEntry(CentroidEntry, CompressionLevel.Fastest).Open());
        writer.Write(CentroidFormat);
        writer.Write(model.Mixture.Weight);
        writer.Write(model.Mixture.Temperature);
        model.Centroids.Write(writer);
    }

    private static (NearestCentroid Centroids, ScoreMixture Mixture) ReadCentroid(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var entry = zip.GetEntry(CentroidEntry) ?? throw new InvalidDataException($"{zipPath}: no {CentroidEntry}");
        using var reader = new BinaryReader(entry.Open());
        if (reader.ReadInt32() != CentroidFormat)
        {
            throw new InvalidDataException($"{zipPath}: unknown {CentroidEntry} format");
        }

        var mixture = new ScoreMixture(reader.ReadSingle(), reader.ReadSingle());
        return (NearestCentroid.Read(reader), mixture);
    }
}
