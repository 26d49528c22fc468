using System.Globalization;
using ChatBot.Core.Knowledge;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Knowledge.Loading;

/// <summary>
/// Reads policy.yaml: the decision thresholds, each a probability between 0 and 1, and the handoff counts,
/// each a whole number of at least 1. <c>one_word_topic</c> and <c>handoff</c> came later than the rest:
/// when absent they keep the values they had in code, so an older knowledge folder still loads.
/// </summary>
internal static class PolicyFileReader
{
    public static ParsedPolicy Read(YamlFile file) => new(Thresholds(file), Handoff(file));

    private static DecisionThresholds Thresholds(YamlFile file)
    {
        var defaults = DecisionThresholds.Default;
        var map = file.Mapping(file.Root, "thresholds");
        if (map is null)
        {
            return defaults;
        }

        return new DecisionThresholds(
            Probability(file, map, "accept", defaults.Accept),
            Probability(file, map, "margin", defaults.Margin),
            Probability(file, map, "suggest", defaults.Suggest))
        {
            OneWordTopic = Probability(file, map, "one_word_topic", defaults.OneWordTopic, required: false),
        };
    }

    private static HandoffCounts Handoff(YamlFile file)
    {
        var defaults = HandoffCounts.Default;
        var map = file.Mapping(file.Root, "handoff", required: false);
        if (map is null)
        {
            return defaults;
        }

        return new HandoffCounts(
            Count(file, map, "wrong_answers", defaults.WrongAnswers),
            Count(file, map, "misunderstandings", defaults.Misunderstandings));
    }

    private static double Probability(YamlFile file, YamlMappingNode map, string key, double fallback, bool required = true)
    {
        var text = file.Scalar(map, key, required);
        if (text is null)
        {
            return fallback;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
        {
            return value;
        }

        file.Error(YamlFile.Child(map, key), $"'{key}' must be a number from 0 to 1, not '{text}'");
        return fallback;
    }

    private static int Count(YamlFile file, YamlMappingNode map, string key, int fallback)
    {
        var text = file.Scalar(map, key, required: false);
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1)
        {
            return value;
        }

        file.Error(YamlFile.Child(map, key), $"'{key}' must be a whole number of at least 1, not '{text}'");
        return fallback;
    }
}
