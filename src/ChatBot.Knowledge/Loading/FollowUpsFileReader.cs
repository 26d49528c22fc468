using System.Globalization;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Knowledge.Loading;

/// <summary>
/// Reads system/follow-ups.yaml: <c>max_words</c>, <c>openings</c> and <c>endings</c> (each <c>{ ru: [...], kk: [...] }</c>)
/// and <c>switches: [{ from, to, words: [...] }]</c>. Words are kept normalised, as the classifier sees text, a switch
/// word's closing <c>*</c> (a stem) kept after them; the topics a switch names must exist (checked once the intents are read).
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

        var openings = ByLanguage(file, "openings", "opening");
        var endings = ByLanguage(file, "endings", "ending", required: false);

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
            var words = file.Sequence(map, "words") is { } sequence ? Normalized(file, sequence, "word", stems: true) : [];
            if (from is not null && to is not null && words.Count > 0)
            {
                switches.Add(new TopicSwitch(from, to, words));
            }
        }

        return new FollowUpRules(openings, maxWords, switches, endings);
    }

    /// <summary>The words under <paramref name="key"/>'s ru and kk lists, normalised, once each; endings may be left out.</summary>
    private static List<string> ByLanguage(YamlFile file, string key, string what, bool required = true)
    {
        var words = new List<string>();
        if (file.Mapping(file.Root, key, required) is { } byLanguage)
        {
            foreach (var language in new[] { "ru", "kk" })
            {
                if (file.Sequence(byLanguage, language) is { } sequence)
                {
                    words.AddRange(Normalized(file, sequence, what));
                }
            }
        }

        return words.Distinct().ToList();
    }

    private static List<string> Normalized(YamlFile file, YamlSequenceNode sequence, string what, bool stems = false)
    {
        var result = new List<string>();
        foreach (var (value, node) in file.Strings(sequence))
        {
            // Normalising drops punctuation, so a stem's closing star is taken off first and put back after.
            var stem = stems && value.TrimEnd().EndsWith(TopicSwitch.Stem);
            var normalized = TextNormalizer.Normalize(stem ? value.TrimEnd()[..^1] : value);
            if (normalized.Length == 0)
            {
                file.Error(node, $"{what} '{value}' is only punctuation, which is dropped from what users type");
                continue;
            }

            result.Add(stem ? normalized + TopicSwitch.Stem : normalized);
        }

        return result;
    }
}
