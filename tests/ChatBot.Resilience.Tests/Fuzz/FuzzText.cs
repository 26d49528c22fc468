using System.Globalization;
using System.Text;

namespace ChatBot.Resilience.Tests.Fuzz;

/// <summary>
/// Typed messages a fuzzer sends: random code points (lone surrogates, controls, direction marks, combining marks),
/// huge and repeated strings, near-misses of the answers a step accepts, slash commands with junk after them, and
/// mutations of real questions. Everything comes from the one seeded <see cref="Random"/>, so a seed replays a run.
/// </summary>
internal sealed class FuzzText(Random random, IReadOnlyList<string> realTexts)
{
    private static readonly string[] Tricky =
    [
        "", " ", "\t", "\r\n", "\0", "\u0085", "\u2028", "\u2029", "\uFEFF", "\u200B", "\u200D", "\u202E", "\u2066",
        "\uFFFD", "\uFFFE", "\uFFFF", "\uD800", "\uDFFF", "\uDBFF\uDFFF", "😀", "👩‍👩‍👧‍👦", "🇰🇿", "\u0301", "\u0336",
        "<b>", "</i>", "&amp;", "<a href=\"javascript:alert(1)\">x</a>", "${x}", "{answers}", "{training}", "{0}", "%s",
        "'; DROP TABLE conversations; --", "\\", "\"", "$where", "{\"$gt\":\"\"}", "../../etc/passwd", "null", "undefined",
    ];

    private static readonly string[] Numbers =
    [
        "0", "-0", "-1", "1", "2", "3", "5", "10", "11", "80", "81", "100", "101", "1e309", "-1e309", "1e-400", "NaN",
        "Infinity", "-Infinity", "∞", "0x10", "1_000", "1 000 000", "99999999999999999999999999", "2147483648",
        "-2147483649", "1,5", "1.5", "٣", "１２", "Ⅻ", "4 балла", "бес", "пять", "+7", "  7  ", "1.", "1!", "1e1",
    ];

    private static readonly string[] Shapes =
    [
        "+7 701 123 45 67", "87011234567", "+7 (701) 123-45-67", "+1 202 555 0100", "+7 701 123 45 6", "7",
        "061211600012", "061211600013", "180340021791", "180340021792", "000000000000", "12345678901", "1234567890123",
        "test@example.org", "a@b", "@", "x@y.z", "a@@b.cd", "15.03.2026", "31.02.2026", "29.02.2025", "2026-13-01",
        "00.00.0000", "1.1.1", "9999-12-31", "0001-01-01", "да", "нет", "иә", "жоқ", "yes", "no", "ДА!!!", "не знаю",
        "1, 2", "1,2,3,4,5", "1, 99", ",,,", "1;;2", "1\n2", "1, 1, 1", "Торговля", "торговля, услуги", "Сауда",
        "Айгерим Серикова", "A", "AB12", "ab12", "ZZ99", "Ж", "O'Brien-Smith", "Анна-Мария .",
    ];

    private static readonly string[] Commands =
    [
        "/start", "/menu", "/help", "/lang", "/operator", "/cancel", "/news", "/forget", "/stop", "/", "//", "/start@bot",
        "/START", "/lang ru", "/lang kk", "/lang en", "/start survey", "/start types", "/start training_", "/start course_x",
    ];

    public string Next()
    {
        // A long text costs the classifier about 50 ms (its character n-grams), a short one 2 ms: one in a hundred is long.
        if (random.Next(100) == 0)
        {
            return Huge();
        }

        return random.Next(11) switch
        {
            0 => RandomCodePoints(random.Next(1, 40)),
            1 => Pick(Tricky) + Pick(Shapes) + Pick(Tricky),
            2 => Pick(Numbers),
            3 => Pick(Shapes),
            4 => Pick(Commands) + (random.Next(2) == 0 ? "" : " " + Small()),
            5 => Mutate(Pick(realTexts)),
            6 => Pick(realTexts),
            7 => Mutate(Pick(Shapes)),
            8 => string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => Small())),
            9 => ControlCharacters(random.Next(1, 30)),
            _ => Mutate(Pick(Numbers)),
        };
    }

    /// <summary>A short piece of any of the kinds, for gluing to something else.</summary>
    public string Small() => random.Next(5) switch
    {
        0 => Pick(Tricky),
        1 => Pick(Numbers),
        2 => Pick(Shapes),
        3 => RandomCodePoints(random.Next(1, 8)),
        _ => Pick(Commands),
    };

    public string Mutate(string text)
    {
        var builder = new StringBuilder(text);
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var at = builder.Length == 0 ? 0 : random.Next(builder.Length + 1);
            switch (random.Next(6))
            {
                case 0:
                    builder.Insert(at, Pick(Tricky));
                    break;
                case 1 when builder.Length > 0:
                    builder.Remove(Math.Min(at, builder.Length - 1), 1);
                    break;
                case 2:
                    builder.Insert(at, RandomCodePoints(1));
                    break;
                case 3:
                    builder.Insert(at, builder.ToString(0, at));
                    break;
                case 4:
                    var flipped = builder.ToString().ToUpper(CultureInfo.InvariantCulture);
                    builder.Clear().Append(flipped);
                    break;
                default:
                    builder.Insert(at, " ", random.Next(1, 4));
                    break;
            }
        }

        return builder.ToString();
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Around the channels' limits (4,000 and 4,096 characters), sometimes up to ten thousand: one character repeated, words repeated, or noise.</summary>
    private string Huge()
    {
        var length = random.Next(4) == 0 ? random.Next(4_100, 10_000) : random.Next(3_990, 4_100);
        return random.Next(3) switch
        {
            0 => new string(Pick("аЖ1 \n😀".ToCharArray()), length),
            1 => Repeat(Pick(realTexts) + " ", length),
            _ => RandomCodePoints(length),
        };
    }

    private static string Repeat(string text, int length) =>
        string.Concat(Enumerable.Repeat(text, length / text.Length + 1))[..length];

    private string ControlCharacters(int count) =>
        new(Enumerable.Range(0, count).Select(_ => (char)(random.Next(3) == 0 ? random.Next(0x7F, 0xA0) : random.Next(0, 0x20))).ToArray());

    /// <summary>Any UTF-16 code units, lone surrogate halves included, weighted towards Cyrillic and ASCII.</summary>
    private string RandomCodePoints(int count)
    {
        var builder = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            builder.Append(random.Next(6) switch
            {
                0 => (char)random.Next(0x0400, 0x0500),
                1 => (char)random.Next(0x20, 0x7F),
                2 => (char)random.Next(0xD800, 0xE000),
                3 => (char)random.Next(0, 0x20),
                _ => (char)random.Next(0, 0x10000),
            });
        }

        return builder.ToString();
    }
}
