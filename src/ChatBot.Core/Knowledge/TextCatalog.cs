using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Core.Messages;

namespace ChatBot.Core.Knowledge;

/// <summary>
/// Every text the bot says outside FAQ answers, in both languages, by key. A value is put in as <c>{name}</c>;
/// the word that goes with a count as <c>{name|символ|символа|символов}</c> (see <see cref="Plurals"/>); in Kazakh a
/// number with its case ending as <c>{name:dative}</c> or <c>{name:ablative}</c> (see <see cref="KazakhNumberSuffixes"/>).
/// </summary>
public sealed partial class TextCatalog(IReadOnlyDictionary<string, LocalizedText> texts)
{
    public IReadOnlyDictionary<string, LocalizedText> All => texts;

    public string Get(string key, Language language) =>
        texts.TryGetValue(key, out var text)
            ? text.In(language)
            : throw new KeyNotFoundException($"text '{key}' is missing from knowledge/system/texts.yaml");

    public string Format(string key, Language language, params (string Name, object Value)[] values)
    {
        var text = Get(key, language);
        if (text.Contains('|', StringComparison.Ordinal))
        {
            text = PluralPlaceholder().Replace(text, match =>
            {
                var name = match.Groups["name"].Value;
                var found = values.FirstOrDefault(v => v.Name == name);
                return found.Name is not null && Count(found.Value) is { } count
                    ? Plurals.Choose(language, count, match.Groups["forms"].Value.Split('|'))
                    : match.Value;
            });
        }

        if (text.Contains(":dative}", StringComparison.Ordinal) || text.Contains(":ablative}", StringComparison.Ordinal))
        {
            text = CasePlaceholder().Replace(text, match =>
            {
                var found = values.FirstOrDefault(v => v.Name == match.Groups["name"].Value);
                var @case = match.Groups["case"].Value == "dative" ? KazakhNumberSuffixes.Case.Dative : KazakhNumberSuffixes.Case.Ablative;
                return found.Name is null ? match.Value : KazakhNumberSuffixes.With(Convert.ToString(found.Value, CultureInfo.InvariantCulture) ?? "", @case);
            });
        }

        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture));
        }

        return text;
    }

    private static double? Count(object value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        decimal m => (double)m,
        _ => double.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null,
    };

    [GeneratedRegex(@"\{(?<name>[a-z_]+)\|(?<forms>[^{}]+)\}")]
    private static partial Regex PluralPlaceholder();

    [GeneratedRegex(@"\{(?<name>[a-z_]+):(?<case>dative|ablative)\}")]
    private static partial Regex CasePlaceholder();
}
