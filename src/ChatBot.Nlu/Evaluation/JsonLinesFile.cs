using System.Text.Json;

namespace ChatBot.Nlu.Evaluation;

/// <summary>
/// Reads a file of one JSON object a line, skipping blank lines. A line that does not parse is a
/// <see cref="FormatException"/> naming the file and line, which the CLI prints as one line.
/// </summary>
public static class JsonLinesFile
{
    public static IReadOnlyList<T> Read<T>(string path, Func<JsonElement, T> parse)
    {
        var items = new List<T>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                items.Add(parse(json.RootElement));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                throw new FormatException($"{path}:{lineNumber}: {e.Message}", e);
            }
        }

        return items;
    }
}
