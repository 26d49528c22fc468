using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Core.Flows;
using ChatBot.Core.Flows.Conditions;
using ChatBot.Core.Knowledge;
using ChatBot.Knowledge.Loading;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Knowledge.Dialogs;

/// <summary>Reads one flow file and checks it on its own: steps, options, languages, conditions, regexes.</summary>
internal static partial class FlowFileReader
{
    public static FlowDefinition? Read(YamlFile file, IReadOnlySet<string>? intentIds)
    {
        var map = file.Root;
        var id = file.Scalar(map, "id");
        var version = file.Scalar(map, "version");
        var title = LocalizedTextReader.Read(file, map, "title");
        var intro = LocalizedTextReader.Read(file, map, "intro");
        var done = LocalizedTextReader.Read(file, map, "done");
        var triggers = file.Mapping(map, "triggers", required: false);
        var intents = triggers is null ? [] : Strings(file, triggers, "intents");
        var deepLinks = triggers is null ? [] : Strings(file, triggers, "deep_links");
        foreach (var (intent, node) in intents.Where(i => intentIds is not null && !intentIds.Contains(i.Value)))
        {
            file.Error(node, $"trigger intent '{intent}' is not an intent of the knowledge base");
        }

        var oncePer = ReadPeriod(file, map);
        var target = ReadInt(file, map, "target_per_period") ?? 0;
        var inMenu = file.Scalar(map, "menu", required: false) == "true";
        var steps = ReadSteps(file, map);
        var onComplete = file.Scalar(map, "on_complete", required: false);
        if (onComplete is not null && !ActionName().IsMatch(onComplete))
        {
            file.Error(YamlFile.Child(map, "on_complete"), $"'on_complete' must name an action in lower-case letters and '_', not '{onComplete}'");
        }

        if (id is null || version is null || title is null || intro is null || done is null || steps is null || steps.Count == 0)
        {
            if (steps is { Count: 0 })
            {
                file.Error(YamlFile.Child(map, "steps"), "a flow needs at least one step");
            }

            return null;
        }

        return new FlowDefinition(
            id, version, title, intro, done, intents.Select(i => i.Value).ToList(), deepLinks.Select(d => d.Value).ToList(),
            oncePer, inMenu, target, steps, onComplete);
    }

    [GeneratedRegex("^[a-z_]+$")]
    private static partial Regex ActionName();

    private static List<FlowStepDefinition>? ReadSteps(YamlFile file, YamlMappingNode map)
    {
        var sequence = file.Sequence(map, "steps");
        if (sequence is null)
        {
            return null;
        }

        var steps = new List<FlowStepDefinition>();
        var seen = new HashSet<string>();
        var all = sequence.Children.OfType<YamlMappingNode>()
            .Select(s => YamlFile.Child(s, "id") is YamlScalarNode { Value: { } v } ? v : null)
            .OfType<string>()
            .ToHashSet();
        var valid = true;
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode stepMap)
            {
                file.Error(item, "each step must be a mapping");
                valid = false;
                continue;
            }

            var step = StepFileReader.Read(file, stepMap);
            if (step is null)
            {
                valid = false;
                continue;
            }

            if (!seen.Add(step.Id))
            {
                file.Error(stepMap, $"step id '{step.Id}' is used twice");
                valid = false;
            }

            if (step.When is { } condition)
            {
                foreach (var referenced in condition.Steps().Distinct())
                {
                    if (!all.Contains(referenced))
                    {
                        file.Error(YamlFile.Child(stepMap, "when"), $"condition of '{step.Id}' names an unknown step '{referenced}'");
                        valid = false;
                    }
                    else if (!seen.Contains(referenced) || referenced == step.Id)
                    {
                        file.Error(YamlFile.Child(stepMap, "when"), $"condition of '{step.Id}' reads '{referenced}', which is not an earlier step");
                        valid = false;
                    }
                }
            }

            steps.Add(step);
        }

        return valid ? steps : null;
    }

    private static FlowPeriod ReadPeriod(YamlFile file, YamlMappingNode map)
    {
        var text = file.Scalar(map, "once_per", required: false);
        switch (text)
        {
            case null or "none":
                return FlowPeriod.Unlimited;
            case "year":
                return FlowPeriod.Year;
            case "month":
                return FlowPeriod.Month;
            default:
                file.Error(YamlFile.Child(map, "once_per"), $"'once_per' must be year, month or none, not '{text}'");
                return FlowPeriod.Unlimited;
        }
    }

    internal static int? ReadInt(YamlFile file, YamlMappingNode map, string key)
    {
        var text = file.Scalar(map, key, required: false);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            return value;
        }

        file.Error(YamlFile.Child(map, key), $"'{key}' must be a whole number, not '{text}'");
        return null;
    }

    private static IReadOnlyList<(string Value, YamlNode Node)> Strings(YamlFile file, YamlMappingNode map, string key) =>
        file.Sequence(map, key, required: false) is { } sequence ? file.Strings(sequence) : [];
}
