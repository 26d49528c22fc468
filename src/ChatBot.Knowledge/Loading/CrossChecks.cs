using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Knowledge.Loading;

/// <summary>Checks that span files: unique ids and questions, known related ids, texts for every key used.</summary>
internal static class CrossChecks
{
    public static void Run(IReadOnlyList<ParsedIntent> intents, IReadOnlyDictionary<string, LocalizedText> texts, string textsFile, ErrorList errors)
    {
        UniqueIds(intents, errors);
        UniqueQuestions(intents, errors);
        KnownRelated(intents, errors);
        SystemIntentsPresent(intents, errors);
        TextsPresent(intents, texts, textsFile, errors);
    }

    private static void UniqueIds(IReadOnlyList<ParsedIntent> intents, ErrorList errors)
    {
        var seen = new Dictionary<string, ParsedIntent>();
        foreach (var intent in intents)
        {
            if (seen.TryGetValue(intent.Definition.Id, out var first))
            {
                errors.Add(intent.File, intent.Line, $"duplicate intent id '{intent.Definition.Id}' (first defined at {first.File}:{first.Line})");
            }
            else
            {
                seen[intent.Definition.Id] = intent;
            }
        }
    }

    /// <summary>
    /// A question may belong to one intent only, compared after normalisation (so "жк қалай" and
    /// "жк калай" are one question). Within an intent only a literal repeat is an error: spellings
    /// with and without Kazakh letters are written on purpose.
    /// </summary>
    private static void UniqueQuestions(IReadOnlyList<ParsedIntent> intents, ErrorList errors)
    {
        var seen = new Dictionary<string, (string Intent, string File, long Line)>();
        foreach (var intent in intents)
        {
            var literal = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
            foreach (var (text, line) in intent.QuestionLines)
            {
                if (!literal.TryAdd(text, line))
                {
                    errors.Add(intent.File, line, $"question '{text}' is repeated in '{intent.Definition.Id}' (first at line {literal[text]})");
                    continue;
                }

                var key = TextNormalizer.Normalize(text);
                if (!seen.TryGetValue(key, out var first))
                {
                    seen[key] = (intent.Definition.Id, intent.File, line);
                }
                else if (first.Intent != intent.Definition.Id)
                {
                    errors.Add(intent.File, line, $"question '{text}' of '{intent.Definition.Id}' is also a question of '{first.Intent}' at {first.File}:{first.Line}");
                }
            }
        }
    }

    private static void KnownRelated(IReadOnlyList<ParsedIntent> intents, ErrorList errors)
    {
        var ids = intents.Select(i => i.Definition.Id).ToHashSet();
        foreach (var intent in intents)
        {
            foreach (var (id, line) in intent.RelatedLines.Where(r => !ids.Contains(r.Id)))
            {
                errors.Add(intent.File, line, $"related id '{id}' of '{intent.Definition.Id}' is not an intent");
            }
        }
    }

    private static void SystemIntentsPresent(IReadOnlyList<ParsedIntent> intents, ErrorList errors)
    {
        var ids = intents.Select(i => i.Definition.Id).ToHashSet();
        foreach (var missing in SystemIntents.All.Where(id => !ids.Contains(id)))
        {
            errors.Add("knowledge/system/intents.yaml", 1, $"system intent '{missing}' is missing");
        }
    }

    private static void TextsPresent(IReadOnlyList<ParsedIntent> intents, IReadOnlyDictionary<string, LocalizedText> texts, string textsFile, ErrorList errors)
    {
        var categoryKeys = intents
            .Where(i => !i.Definition.IsSystem)
            .Select(i => TextKeys.CategoryPrefix + i.Definition.Category)
            .Distinct();
        foreach (var key in TextKeys.Required.Concat(Core.Flows.FlowTextKeys.Required).Concat(Core.Campaigns.CampaignTextKeys.Required).Concat(Core.Announcements.AnnouncementTextKeys.Required).Concat(Core.Trainings.TrainingTextKeys.Required).Concat(Core.Engine.Trainings.EnrollmentTextKeys.Required).Concat(Core.Applications.ApplicationTextKeys.Required).Concat(categoryKeys).Where(k => !texts.ContainsKey(k)))
        {
            errors.Add(textsFile, 1, $"text '{key}' is missing (it needs ru and kk)");
        }
    }
}
