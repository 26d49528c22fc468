using ChatBot.Core.Messages;

namespace ChatBot.Core.Knowledge;

/// <summary>Every text the bot says outside FAQ answers, in both languages, by key.</summary>
public sealed class TextCatalog(IReadOnlyDictionary<string, LocalizedText> texts)
{
    public IReadOnlyDictionary<string, LocalizedText> All => texts;

    public string Get(string key, Language language) =>
        texts.TryGetValue(key, out var text)
            ? text.In(language)
            : throw new KeyNotFoundException($"text '{key}' is missing from knowledge/system/texts.yaml");

    public string Format(string key, Language language, params (string Name, object Value)[] values)
    {
        var text = Get(key, language);
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
        }

        return text;
    }
}
