using SkiaSharp;

namespace ChatBot.Host.Reports.Charts;

/// <summary>
/// The family charts are drawn in: one installed font that has the Kazakh letters as well as the Russian ones, or
/// the labels would come out as boxes. DejaVu Sans is preferred (Debian's fonts-dejavu-core, which CI installs).
/// </summary>
internal static class ChartFont
{
    private const string KazakhLetters = "әғқңөұүһі";
    private static readonly string[] Preferred = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial"];

    private static readonly Lazy<string> Chosen = new(Choose);

    public static string Family => Chosen.Value;

    private static string Choose()
    {
        foreach (var name in Preferred)
        {
            using var typeface = SKTypeface.FromFamilyName(name);
            if (typeface is not null && string.Equals(typeface.FamilyName, name, StringComparison.OrdinalIgnoreCase) && HasAll(typeface))
            {
                return typeface.FamilyName;
            }
        }

        using var any = SKFontManager.Default.MatchCharacter('ә');
        return any?.FamilyName
            ?? throw new InvalidOperationException("no installed font has the Kazakh letters; install fonts-dejavu-core");
    }

    private static bool HasAll(SKTypeface typeface) =>
        KazakhLetters.All(letter => typeface.ContainsGlyph(letter));
}
