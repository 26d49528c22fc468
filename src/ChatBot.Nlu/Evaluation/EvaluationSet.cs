using System.Text.Json;
using ChatBot.Nlu.Intents;

namespace ChatBot.Nlu.Evaluation;

/// <summary>Reads evaluation files: one JSON object a line, <c>{"text", "label", "lang"?}</c>; label "oos" = out of scope.</summary>
public static class EvaluationSet
{
    public static IReadOnlyList<TrainingExample> Read(string path)
    {
        var examples = new List<TrainingExample>();
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
                var root = json.RootElement;
                var text = root.GetProperty("text").GetString();
                var label = root.GetProperty("label").GetString();
                var lang = root.TryGetProperty("lang", out var l) ? l.GetString() : null;
                if (string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(label))
                {
                    throw new FormatException("'text' and 'label' must be non-empty");
                }

                examples.Add(new TrainingExample(text, label, lang));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                throw new FormatException($"{path}:{lineNumber}: {e.Message}", e);
            }
        }

        return examples;
    }
}
