using System.Globalization;

namespace ChatBot.Core.Knowledge;

/// <summary>
/// A Kazakh case ending after a number written in digits follows the number as it is read aloud: its last word
/// decides (5-ке, 6-ға, 10-нан, 3-тен, 40-тан). A time of day is read by its minutes, or by its hour on the hour
/// (09:00 is "тоғыз": 09:00-дан; 18:00 is "он сегіз": 18:00-ге).
/// </summary>
public static class KazakhNumberSuffixes
{
    public enum Case
    {
        /// <summary>-ға/-ге/-қа/-ке: "to" (1-ден 5-ке дейін).</summary>
        Dative,

        /// <summary>-дан/-ден/-тан/-тен/-нан/-нен: "from".</summary>
        Ablative,
    }

    // The last word of a number as it is read, by the value it stands for: its dative and ablative endings.
    private static readonly Dictionary<long, (string Dative, string Ablative)> Endings = new()
    {
        [0] = ("ге", "ден"), // нөл
        [1] = ("ге", "ден"), // бір
        [2] = ("ге", "ден"), // екі
        [3] = ("ке", "тен"), // үш
        [4] = ("ке", "тен"), // төрт
        [5] = ("ке", "тен"), // бес
        [6] = ("ға", "дан"), // алты
        [7] = ("ге", "ден"), // жеті
        [8] = ("ге", "ден"), // сегіз
        [9] = ("ға", "дан"), // тоғыз
        [10] = ("ға", "нан"), // он
        [20] = ("ға", "дан"), // жиырма
        [30] = ("ға", "дан"), // отыз
        [40] = ("қа", "тан"), // қырық
        [50] = ("ге", "ден"), // елу
        [60] = ("қа", "тан"), // алпыс
        [70] = ("ке", "тен"), // жетпіс
        [80] = ("ге", "нен"), // сексен
        [90] = ("ға", "нан"), // тоқсан
        [100] = ("ге", "ден"), // жүз
        [1000] = ("ға", "нан"), // мың
        [1_000_000] = ("ға", "нан"), // миллион
    };

    /// <summary>The value with its ending ("5-ке"), or the value as it is when it is not a number or a time.</summary>
    public static string With(string value, Case @case)
    {
        if (LastWord(value) is not { } word)
        {
            return value;
        }

        var (dative, ablative) = Endings[word];
        return value + "-" + (@case == Case.Dative ? dative : ablative);
    }

    /// <summary>The value of the number's last spoken word: 25 → 5, 40 → 40, 300 → 100, 2000 → 1000, 0 → 0.</summary>
    private static long? LastWord(string value)
    {
        var text = value.Trim();
        if (text.Length == 5 && text[2] == ':' && int.TryParse(text[..2], out var hours) && int.TryParse(text[3..], out var minutes))
        {
            return LastWord(minutes != 0 ? minutes : hours);
        }

        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? LastWord(Math.Abs(number)) : null;
    }

    private static long LastWord(long number)
    {
        if (number == 0)
        {
            return 0;
        }

        foreach (var place in new long[] { 10, 100, 1000, 1_000_000 })
        {
            var below = number % place;
            if (below != 0)
            {
                var digit = below / (place / 10);
                return place == 10 ? below : place == 100 ? digit * 10 : place == 1000 ? 100 : 1000;
            }
        }

        return 1_000_000;
    }
}
