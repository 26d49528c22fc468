using System.Globalization;
using ChatBot.Core.Knowledge;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Knowledge.Loading;

/// <summary>Reads policy.yaml: the decision thresholds, each a probability between 0 and 1.</summary>
internal static class PolicyFileReader
{
    public static DecisionThresholds Read(YamlFile file)
    {
        var map = file.Mapping(file.Root, "thresholds");
        if (map is null)
        {
            return DecisionThresholds.Default;
        }

        var defaults = DecisionThresholds.Default;
        return new DecisionThresholds(
            Probability(file, map, "accept", defaults.Accept),
            Probability(file, map, "margin", defaults.Margin),
            Probability(file, map, "suggest", defaults.Suggest));
    }

    private static double Probability(YamlFile file, YamlMappingNode map, string key, double fallback)
    {
        var text = file.Scalar(map, key);
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
}
