using System.Globalization;

namespace ChatBot.LoadTest.Arguments;

/// <summary>Reads <c>name:weight,name:weight</c> against the names allowed; a problem comes back as one sentence.</summary>
internal static class WeightsParser
{
    public static Weights<T>? Parse<T>(string text, IReadOnlyDictionary<string, T> names, out string? problem)
        where T : notnull
    {
        problem = null;
        var entries = new List<(T, int)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var pair = part.Split(':', StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var weight))
            {
                problem = $"'{part}' is not name:weight";
                return null;
            }

            if (!names.TryGetValue(pair[0].ToLowerInvariant(), out var choice))
            {
                problem = $"'{pair[0]}' is none of {string.Join(", ", names.Keys)}";
                return null;
            }

            if (!seen.Add(pair[0]))
            {
                problem = $"'{pair[0]}' is given twice";
                return null;
            }

            entries.Add((choice, weight));
        }

        if (entries.Sum(e => e.Item2) == 0)
        {
            problem = "the weights add up to zero";
            return null;
        }

        return new Weights<T>(entries);
    }
}
