using System.Globalization;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Knowledge.Loading;

/// <summary>
/// Reads system/follow-ups.yaml: <c>max_words</c>, <c>openings: { ru: [...], kk: [...] }</c> and
/// <c>switches: [{ from, to, words: [...] }]</c>. Words are kept normalised, as the classifier sees text; the topics a
/// switch names must exist (checked once the intents are read).
/// </summary>
internal static class FollowUpsFileReader
{
    public static FollowUpRules? Read(YamlFile file)
    {
        var maxWordsText = file.Scalar(file.Root, "max_words");
        var maxWords = 0;
        if (maxWordsText is not null && (!int.TryParse(maxWordsText, NumberStyles.None, CultureInfo.InvariantCulture, out maxWords) || maxWords < 1))
        {
            file.Error(YamlFile.Child(file.Root, "max_words"), $"max_words must be a whole number of at least 1, not '{maxWordsText}'");
        }

        var openings = new List<string>();
        if (file.Mapping(file.Root, "openings") is { } byLanguage)
        {
            foreach (var language in new[] { "ru", "kk" })
            {
                if (file.Sequence(byLanguage, language) is { } sequence)
                {
                    openings.AddRange(Normalized(file, sequence, "opening"));
                }
            }
        }

        var switches = new List<TopicSwitch>();
        foreach (var node in file.Sequence(file.Root, "switches", required: false)?.Children ?? [])
        {
            if (node is not YamlMappingNode map)
            {
                file.Error(node, "a switch must be a mapping of from, to and words");
                continue;
            }

            var from = file.Scalar(map, "from");
            var to = file.Scalar(map, "to");
            var words = file.Sequence(map, "words") is { } sequence ? Normalized(file, sequence, "word") : [];
            if (from is not null && to is not null && words.Count > 0)
            {
                switches.Add(new TopicSwitch(from, to, words));
            }
        }

        return new FollowUpRules(openings.Distinct().ToList(), maxWords, switches);
    }

    private static List<string> Normalized(YamlFile file, YamlSequenceNode sequence, string what)
    {
        var result = new List<string>();
        foreach (var (value, node) in file.Strings(sequence))
        {
            var normalized = TextNormalizer.Normalize(value);
            if (normalized.Length == 0)
            {
                file.Error(node, $"{what} '{value}' is only punctuation, which is dropped from what users type");
                continue;
            }

            result.Add(normalized);
        }

        return result;
    }
}
