using System.Text;

namespace ChatBot.Core.Understanding;

/// <summary>
/// Brings the ways people type one question closer together before classification: lower case,
/// ё→е, Kazakh letters folded to their Russian look-alikes (many type "жк калай" for "жк қалай"),
/// Latin transliteration turned back into Cyrillic ("kak otkryt ip"), punctuation dropped.
/// </summary>
public static class TextNormalizer
{
    private static readonly Dictionary<char, char> KazakhFolding = new()
    {
        ['ә'] = 'а', ['ғ'] = 'г', ['қ'] = 'к', ['ң'] = 'н', ['ө'] = 'о', ['ұ'] = 'у', ['ү'] = 'у', ['һ'] = 'х',
        ['і'] = 'и', ['ё'] = 'е',
    };

    // Longest first, so that "shch" wins over "sh" and "zh" over "z".
    private static readonly (string Latin, string Cyrillic)[] Transliteration =
    [
        ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
        ("ya", "я"), ("yu", "ю"), ("yo", "е"), ("ye", "е"), ("ia", "я"), ("iu", "ю"),
        ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"),
        ("i", "и"), ("j", "ж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
        ("q", "к"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("w", "у"), ("x", "кс"),
        ("y", "ы"), ("z", "з"),
    ];

    public static string Normalize(string text)
    {
        var lower = text.ToLowerInvariant();
        var builder = new StringBuilder(lower.Length);
        var lastWasSpace = true;
        foreach (var raw in lower)
        {
            var c = KazakhFolding.GetValueOrDefault(raw, raw);
            if (char.IsLetterOrDigit(c) || c == '%')
            {
                builder.Append(c);
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }

        var folded = builder.ToString().TrimEnd();
        return HasLatinWords(folded) ? Transliterate(folded) : folded;
    }

    private static bool HasLatinWords(string text) => text.Any(c => c is >= 'a' and <= 'z');

    private static string Transliterate(string text)
    {
        var words = text.Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            if (words[w].Any(c => c is >= 'a' and <= 'z'))
            {
                words[w] = TransliterateWord(words[w]);
            }
        }

        return string.Join(' ', words);
    }

    private static string TransliterateWord(string word)
    {
        var builder = new StringBuilder(word.Length);
        var i = 0;
        while (i < word.Length)
        {
            var matched = false;
            foreach (var (latin, cyrillic) in Transliteration)
            {
                if (string.CompareOrdinal(word, i, latin, 0, latin.Length) == 0)
                {
                    builder.Append(cyrillic);
                    i += latin.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                builder.Append(word[i]);
                i++;
            }
        }

        return builder.ToString();
    }
}
