using ChatBot.Core.Trainings;
using ChatBot.Knowledge.Loading;

namespace ChatBot.Knowledge.Trainings;

/// <summary>
/// Loads a catalogue file (the seed knowledge/trainings.yaml, or one given to <c>chatbot trainings import</c>).
/// Every problem is reported as <c>file:line: what is wrong</c>, and a file with any problem gives no trainings.
/// </summary>
public static class TrainingFileLoader
{
    public const string SeedFile = "trainings.yaml";

    /// <param name="now">Relative dates (<c>starts_in_days</c>) count from the Almaty day of this moment.</param>
    public static TrainingLoadResult Load(string path, DateTimeOffset now, string? displayPath = null)
    {
        var errors = new ErrorList();
        var display = displayPath ?? Path.GetFileName(path);
        if (!File.Exists(path))
        {
            errors.Add(display, 1, "the file does not exist");
            return new TrainingLoadResult(null, errors.All);
        }

        var trainings = YamlFile.Read(path, display, errors) is { } file ? TrainingFileReader.Read(file, now) : [];
        return errors.Any ? new TrainingLoadResult(null, errors.All) : new TrainingLoadResult(trainings, []);
    }
}

public sealed record TrainingLoadResult(IReadOnlyList<Training>? Trainings, IReadOnlyList<LoadError> Errors);
