using System.Text.RegularExpressions;

namespace ChatBot.Core.Engine.Trainings;

/// <summary>
/// Reads a score from 1 to 5 typed instead of pressed: "5", "4 балла", "оценка 3", "4/5", "4 из 5", "пять", "бес",
/// "төрт ұпай". The whole message must be the score; a sentence that merely holds a number is not one.
/// </summary>
public static partial class TypedScore
{
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["1"] = 1, ["один"] = 1, ["одна"] = 1, ["единица"] = 1, ["кол"] = 1, ["бір"] = 1, ["бир"] = 1,
        ["2"] = 2, ["два"] = 2, ["две"] = 2, ["двойка"] = 2, ["екі"] = 2, ["еки"] = 2,
        ["3"] = 3, ["три"] = 3, ["тройка"] = 3, ["үш"] = 3, ["уш"] = 3,
        ["4"] = 4, ["четыре"] = 4, ["четверка"] = 4, ["четвёрка"] = 4, ["төрт"] = 4, ["торт"] = 4,
        ["5"] = 5, ["пять"] = 5, ["пятерка"] = 5, ["пятёрка"] = 5, ["бес"] = 5,
    };

    // Words people put around a score; they carry no number themselves.
    private static readonly HashSet<string> Fillers =
    [
        "балл", "балла", "баллов", "б", "оценка", "оцениваю", "ставлю", "моя", "звезда", "звезды", "звезд",
        "ұпай", "баға", "бағам", "бағалаймын", "қоямын", "жұлдыз",
    ];

    public static bool TryRead(string? text, out int score)
    {
        score = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        // "4/5", "4 из 5", "5-тен 4" name the scale, not a second score.
        var words = Scale().Replace(text.ToLowerInvariant(), " ")
            .Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !Fillers.Contains(word))
            .ToList();
        return words.Count == 1 && Numbers.TryGetValue(words[0], out score);
    }

    private static readonly char[] Separators = [' ', '\t', '\n', '.', ',', '!', ')', '(', ':', '-', '—'];

    [GeneratedRegex(@"(\s*(/|из)\s*5\b)|(\b5\s*-?\s*(тен|тің|тін|нан)\b)|(\bиз\s+пяти\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Scale();
}
