using System.Globalization;

namespace ChatBot.Core.Flows.Answers;

/// <summary>
/// A number typed as people type it where a question asks for one: "3", "2,5", "два года", "двадцать пять лет",
/// "полтора года", "екі жыл", "жиырма бес жыл", "бір жарым". Words from zero to a hundred in Russian and Kazakh,
/// compounds written in order (hundreds, tens, units), and the units a duration is given in (год, лет, жыл) left out.
/// Anything else is not a number, so a question typed instead of an answer still reads as a question.
/// </summary>
public static class NumberWords
{
    private static readonly Dictionary<string, double> Words = new(StringComparer.Ordinal)
    {
        // Russian
        ["ноль"] = 0, ["нуль"] = 0,
        ["один"] = 1, ["одна"] = 1, ["одно"] = 1, ["два"] = 2, ["две"] = 2, ["три"] = 3, ["четыре"] = 4,
        ["пять"] = 5, ["шесть"] = 6, ["семь"] = 7, ["восемь"] = 8, ["девять"] = 9, ["десять"] = 10,
        ["одиннадцать"] = 11, ["двенадцать"] = 12, ["тринадцать"] = 13, ["четырнадцать"] = 14, ["пятнадцать"] = 15,
        ["шестнадцать"] = 16, ["семнадцать"] = 17, ["восемнадцать"] = 18, ["девятнадцать"] = 19,
        ["двадцать"] = 20, ["тридцать"] = 30, ["сорок"] = 40, ["пятьдесят"] = 50, ["шестьдесят"] = 60,
        ["семьдесят"] = 70, ["восемьдесят"] = 80, ["девяносто"] = 90, ["сто"] = 100,
        ["полтора"] = 1.5, ["полторы"] = 1.5,

        // Kazakh
        ["нөл"] = 0, ["бір"] = 1, ["екі"] = 2, ["үш"] = 3, ["төрт"] = 4, ["бес"] = 5, ["алты"] = 6, ["жеті"] = 7,
        ["сегіз"] = 8, ["тоғыз"] = 9, ["он"] = 10, ["жиырма"] = 20, ["отыз"] = 30, ["қырық"] = 40, ["елу"] = 50,
        ["алпыс"] = 60, ["жетпіс"] = 70, ["сексен"] = 80, ["тоқсан"] = 90, ["жүз"] = 100,
    };

    /// <summary>"… and a half" after a whole number: "два с половиной", "бір жарым".</summary>
    private static readonly string[][] Halves = [["с", "половиной"], ["жарым"]];

    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "год", "года", "лет", "году", "г", "годик", "годика", "годиков", "жыл", "жылдай", "жылдан",
    };

    public static bool TryParse(string text, out double value)
    {
        value = 0;
        var tokens = Tokens(text);
        while (tokens.Count > 0 && Units.Contains(tokens[^1]))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        if (tokens.Count == 0)
        {
            return false;
        }

        if (tokens.Count == 1 && double.TryParse(tokens[0].Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        var half = 0.0;
        foreach (var ending in Halves)
        {
            if (tokens.Count > ending.Length && tokens.TakeLast(ending.Length).SequenceEqual(ending))
            {
                tokens.RemoveRange(tokens.Count - ending.Length, ending.Length);
                half = 0.5;
                break;
            }
        }

        // "полгода" is written as one word.
        if (tokens is ["полгода"] or ["пол", "года"])
        {
            value = 0.5;
            return true;
        }

        if (!TryCompound(tokens, out value))
        {
            return false;
        }

        value += half;
        return true;
    }

    /// <summary>Words in falling places, each below the place of the one before: сто двадцать пять, жиырма бес.</summary>
    private static bool TryCompound(IReadOnlyList<string> tokens, out double value)
    {
        value = 0;
        var below = double.MaxValue;
        foreach (var token in tokens)
        {
            if (!Words.TryGetValue(token, out var number) || number >= below || (number != Math.Floor(number) && tokens.Count > 1))
            {
                return false;
            }

            value += number;
            below = number switch
            {
                >= 100 => 100,
                >= 10 when number % 10 == 0 => 10,
                _ => 0,
            };
        }

        return true;
    }

    private static List<string> Tokens(string text) =>
        text.Trim().TrimEnd('.', '!').ToLowerInvariant().Replace('ё', 'е')
            .Split([' ', '\t', '-', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.TrimEnd('.', ','))
            .Where(t => t.Length > 0)
            .ToList();
}
