using System.Globalization;
using System.Text;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;

namespace ChatBot.Knowledge.Writing;

/// <summary>
/// Writes intents in the format of knowledge/ (docs/knowledge-format.md), so that what the loader reads back is what was
/// written. Comments of a rewritten file are not kept: the format has nowhere to hold them.
/// </summary>
public static class IntentYamlWriter
{
    public static string File(IEnumerable<IntentDefinition> intents)
    {
        var yaml = new StringBuilder("intents:\n");
        foreach (var intent in intents)
        {
            Intent(yaml, intent);
        }

        return yaml.ToString();
    }

    private static void Intent(StringBuilder yaml, IntentDefinition intent)
    {
        yaml.Append("  - id: ").AppendLine(intent.Id);
        yaml.Append("    title: ").AppendLine(Inline(intent.Title));
        yaml.Append("    category: ").AppendLine(YamlText.Scalar(intent.Category));
        if (intent.AsOf is { } asOf)
        {
            yaml.Append("    as_of: ").AppendLine(Date(asOf));
        }

        if (intent.ReviewBy is { } reviewBy)
        {
            yaml.Append("    review_by: ").AppendLine(Date(reviewBy));
        }

        yaml.AppendLine("    questions:");
        foreach (var language in new[] { Language.Ru, Language.Kk })
        {
            yaml.Append("      ").Append(language.Code()).AppendLine(":");
            foreach (var question in intent.Questions.GetValueOrDefault(language) ?? [])
            {
                yaml.Append("        - ").AppendLine(YamlText.Scalar(question));
            }
        }

        Localized(yaml, "short", intent.Short);
        Localized(yaml, "answer", intent.Answer);
        if (intent.Links.Count > 0)
        {
            yaml.AppendLine("    links:");
            foreach (var link in intent.Links)
            {
                yaml.Append("      - url: ").AppendLine(YamlText.Scalar(link.Url));
                yaml.Append("        title: ").AppendLine(Inline(link.Title));
            }
        }

        if (intent.Related.Count > 0)
        {
            yaml.Append("    related: [").Append(string.Join(", ", intent.Related)).AppendLine("]");
        }
    }

    private static void Localized(StringBuilder yaml, string key, LocalizedText? text)
    {
        if (text is null)
        {
            return;
        }

        yaml.Append("    ").Append(key).AppendLine(":");
        YamlText.Block(yaml, "      ", "ru", text.Ru);
        YamlText.Block(yaml, "      ", "kk", text.Kk);
    }

    private static string Inline(LocalizedText text) => $"{{ ru: {YamlText.Quoted(text.Ru)}, kk: {YamlText.Quoted(text.Kk)} }}";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
