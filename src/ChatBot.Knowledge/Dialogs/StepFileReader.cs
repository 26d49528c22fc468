using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Core.Flows;
using ChatBot.Core.Flows.Conditions;
using ChatBot.Core.Knowledge;
using ChatBot.Knowledge.Loading;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Knowledge.Dialogs;

/// <summary>Reads one step of a flow: its type, prompt, options, limits and condition.</summary>
internal static partial class StepFileReader
{
    private static readonly Dictionary<string, StepType> Types = new()
    {
        ["choice"] = StepType.Choice,
        ["multi_choice"] = StepType.MultiChoice,
        ["scale"] = StepType.Scale,
        ["number"] = StepType.Number,
        ["text"] = StepType.Text,
        ["phone"] = StepType.Phone,
        ["email"] = StepType.Email,
        ["iin"] = StepType.Iin,
        ["bin"] = StepType.Bin,
        ["date"] = StepType.Date,
        ["consent"] = StepType.Consent,
        ["confirm"] = StepType.Confirm,
        ["files"] = StepType.Files,
    };

    public static FlowStepDefinition? Read(YamlFile file, YamlMappingNode map)
    {
        var id = file.Scalar(map, "id");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            file.Error(YamlFile.Child(map, "id"), $"step id '{id}' may hold only lower-case letters, digits and '_'");
        }

        var typeText = file.Scalar(map, "type");
        StepType? type = typeText is not null && Types.TryGetValue(typeText, out var t) ? t : null;
        if (typeText is not null && type is null)
        {
            file.Error(YamlFile.Child(map, "type"), $"unknown step type '{typeText}' (one of: {string.Join(", ", Types.Keys)})");
        }

        var prompt = LocalizedTextReader.Read(file, map, "prompt");
        var options = ReadOptions(file, map, type);
        var when = ReadCondition(file, map);
        var (min, max) = (ReadNumber(file, map, "min"), ReadNumber(file, map, "max"));
        if (min is not null && max is not null && min > max)
        {
            file.Error(YamlFile.Child(map, "min"), $"'min' {min} is greater than 'max' {max}");
        }

        var pattern = ReadPattern(file, map);
        var patternError = LocalizedTextReader.Read(file, map, "pattern_error", required: false);
        var maxChoices = FlowFileReader.ReadInt(file, map, "max_choices");
        var minLabel = LocalizedTextReader.Read(file, map, "min_label", required: false);
        var maxLabel = LocalizedTextReader.Read(file, map, "max_label", required: false);
        if (id is null || type is null || prompt is null || options is null || file.Errors.All.Any(e => e.File == file.Path && e.Line >= map.Start.Line && e.Line <= map.End.Line))
        {
            return null;
        }

        return new FlowStepDefinition(
            id, type.Value, prompt, options, Flag(file, map, "optional"), when, min, max, maxChoices, minLabel, maxLabel,
            pattern, patternError, Flag(file, map, "personal"), Flag(file, map, "stop_if_declined"), Flag(file, map, "profile"),
            LocalizedTextReader.Read(file, map, "label", required: false));
    }

    private static List<FlowOption>? ReadOptions(YamlFile file, YamlMappingNode map, StepType? type)
    {
        var needsOptions = type is StepType.Choice or StepType.MultiChoice;
        var sequence = file.Sequence(map, "options", required: false);
        if (!needsOptions)
        {
            if (sequence is not null)
            {
                file.Error(sequence, "only choice and multi_choice steps have options");
            }

            return [];
        }

        if (sequence is null || sequence.Children.Count == 0)
        {
            file.Error(sequence ?? (YamlNode)map, "a choice needs options: none are given");
            return null;
        }

        var options = new List<FlowOption>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode option)
            {
                file.Error(item, "an option must be a mapping with 'value', 'ru' and 'kk'");
                continue;
            }

            var value = file.Scalar(option, "value");
            var ru = file.Scalar(option, "ru");
            var kk = file.Scalar(option, "kk");
            if (value is not null && (value.Contains(',') || value.Contains(':')))
            {
                file.Error(YamlFile.Child(option, "value"), $"option value '{value}' may not contain ',' or ':'");
            }
            else if (value is not null && options.Any(o => o.Value == value))
            {
                file.Error(YamlFile.Child(option, "value"), $"option value '{value}' is used twice");
            }
            else if (value is not null && ru is not null && kk is not null)
            {
                options.Add(new FlowOption(value, new LocalizedText(ru.Trim(), kk.Trim())));
            }
        }

        return options;
    }

    private static Condition? ReadCondition(YamlFile file, YamlMappingNode map)
    {
        var text = file.Scalar(map, "when", required: false);
        if (text is null)
        {
            return null;
        }

        try
        {
            return ConditionParser.Parse(text);
        }
        catch (FormatException e)
        {
            file.Error(YamlFile.Child(map, "when"), $"condition '{text}': {e.Message}");
            return null;
        }
    }

    private static Regex? ReadPattern(YamlFile file, YamlMappingNode map)
    {
        var text = file.Scalar(map, "pattern", required: false);
        if (text is null)
        {
            return null;
        }

        // Matched without backtracking: in time linear in the answer, so no timeout is needed. A timeout measures the wall
        // clock, and on a loaded machine it fired on a plain name pattern and turned a user's answer into a 500.
        try
        {
            return new Regex(text, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException e)
        {
            file.Error(YamlFile.Child(map, "pattern"), $"regular expression '{text}' needs backtracking, which flow patterns do not use (no backreferences, lookarounds or atomic groups): {e.Message}");
            return null;
        }
        catch (ArgumentException e)
        {
            file.Error(YamlFile.Child(map, "pattern"), $"bad regular expression '{text}': {e.Message}");
            return null;
        }
    }

    private static double? ReadNumber(YamlFile file, YamlMappingNode map, string key)
    {
        var text = file.Scalar(map, key, required: false);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        file.Error(YamlFile.Child(map, key), $"'{key}' must be a number, not '{text}'");
        return null;
    }

    private static bool Flag(YamlFile file, YamlMappingNode map, string key) => file.Scalar(map, key, required: false) switch
    {
        null or "false" => false,
        "true" => true,
        var other => Invalid(file, map, key, other),
    };

    private static bool Invalid(YamlFile file, YamlMappingNode map, string key, string value)
    {
        file.Error(YamlFile.Child(map, key), $"'{key}' must be true or false, not '{value}'");
        return false;
    }

    [GeneratedRegex(@"^[a-z0-9_]+$")]
    private static partial Regex IdPattern();
}
