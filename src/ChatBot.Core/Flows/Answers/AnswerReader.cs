using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Flows.Answers;

/// <summary>Reads typed text or a pressed value as an answer to one step, by the step's type.</summary>
public static partial class AnswerReader
{
    /// <param name="pressed">The value of a pressed option button, or null for typed text.</param>
    /// <param name="words">The yes and no words that answer a consent or confirmation.</param>
    public static AnswerResult Read(FlowStepDefinition step, string? pressed, string text, List<string> selection, Words words)
    {
        var input = (pressed ?? text).Trim();
        return step.Type switch
        {
            StepType.Choice => Choice(step, pressed, input),
            StepType.MultiChoice => MultiChoice(step, pressed, input, selection),
            StepType.Scale => Scale(step, input),
            StepType.Number => Number(step, input),
            StepType.Text => Text(step, input),
            StepType.Phone => PhoneNumbers.Normalize(input) is { } phone ? new AnswerResult.Accepted(phone) : Invalid(FlowTextKeys.InvalidPhone),
            StepType.Email => EmailPattern().IsMatch(input) ? new AnswerResult.Accepted(input.ToLowerInvariant()) : Invalid(FlowTextKeys.InvalidEmail),
            StepType.Iin => IdNumber(input, FlowTextKeys.IinLength, FlowTextKeys.IinChecksum),
            StepType.Bin => IdNumber(input, FlowTextKeys.BinLength, FlowTextKeys.BinChecksum),
            StepType.Date => Date(input),
            StepType.Consent or StepType.Confirm => YesNo(input, words),
            StepType.Files => Invalid(FlowTextKeys.FileExpected),
            _ => Invalid(FlowTextKeys.InvalidChoice),
        };
    }

    /// <summary>The option typed by its label (either language, any case) or its number.</summary>
    public static FlowOption? FindOption(FlowStepDefinition step, string input)
    {
        var normalized = TextNormalizer.Normalize(input.Trim().TrimEnd('.', '!'));
        if (int.TryParse(normalized, out var number) && number >= 1 && number <= step.Options.Count)
        {
            return step.Options[number - 1];
        }

        return step.Options.FirstOrDefault(o =>
            o.Value.Equals(input.Trim(), StringComparison.OrdinalIgnoreCase) ||
            TextNormalizer.Normalize(o.Label.Ru) == normalized ||
            TextNormalizer.Normalize(o.Label.Kk) == normalized);
    }

    private static AnswerResult Choice(FlowStepDefinition step, string? pressed, string input) =>
        (pressed is not null ? step.Options.FirstOrDefault(o => o.Value == pressed) : FindOption(step, input)) is { } option
            ? new AnswerResult.Accepted(option.Value)
            : Invalid(FlowTextKeys.InvalidChoice, ("max", step.Options.Count));

    private static AnswerResult MultiChoice(FlowStepDefinition step, string? pressed, string input, List<string> selection)
    {
        var max = step.MaxChoices ?? step.Options.Count;
        if (pressed is not null)
        {
            if (step.Options.All(o => o.Value != pressed))
            {
                return Invalid(FlowTextKeys.InvalidMulti, ("max", step.Options.Count));
            }

            if (!selection.Remove(pressed))
            {
                if (selection.Count >= max)
                {
                    return Invalid(FlowTextKeys.TooMany, ("max", max));
                }

                selection.Add(pressed);
            }

            return new AnswerResult.Toggled();
        }

        // Typed: the whole answer at once, "1, 3" or labels separated by commas.
        var parts = input.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var options = parts.Select(p => FindOption(step, p)).ToList();
        if (parts.Length == 0 || options.Any(o => o is null))
        {
            return Invalid(FlowTextKeys.InvalidMulti, ("max", step.Options.Count));
        }

        var values = options.Select(o => o!.Value).Distinct().ToList();
        if (selection.Count > 0)
        {
            // Options already ticked by buttons stay ticked: what is typed is added to them, like a press, and
            // "Готово" still ends the answer.
            var added = values.Where(v => !selection.Contains(v)).ToList();
            if (selection.Count + added.Count > max)
            {
                return Invalid(FlowTextKeys.TooMany, ("max", max));
            }

            selection.AddRange(added);
            return new AnswerResult.Toggled();
        }

        if (values.Count > max)
        {
            return Invalid(FlowTextKeys.TooMany, ("max", max));
        }

        return new AnswerResult.Accepted(string.Join(',', step.Options.Select(o => o.Value).Where(values.Contains)));
    }

    private static AnswerResult Scale(FlowStepDefinition step, string input)
    {
        var (min, max) = ((int)(step.Min ?? 1), (int)(step.Max ?? 5));
        var read = int.TryParse(input, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value);
        if (!read && NumberWords.TryParse(input, out var word) && word == Math.Floor(word))
        {
            (read, value) = (true, (int)word);
        }

        return read && value >= min && value <= max
            ? new AnswerResult.Accepted(value.ToString(CultureInfo.InvariantCulture))
            : Invalid(FlowTextKeys.InvalidScale, ("min", min), ("max", max));
    }

    private static AnswerResult Number(FlowStepDefinition step, string input)
    {
        var (min, max) = (step.Min ?? 0, step.Max ?? 1_000_000_000);
        var cleaned = input.Replace(" ", "", StringComparison.Ordinal).Replace(',', '.');
        var read = double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || NumberWords.TryParse(input, out value);
        return read && value >= min && value <= max
            ? new AnswerResult.Accepted(value.ToString(CultureInfo.InvariantCulture))
            : Invalid(FlowTextKeys.InvalidNumber, ("min", min), ("max", max));
    }

    private static AnswerResult Text(FlowStepDefinition step, string input)
    {
        var (min, max) = ((int)(step.Min ?? 1), (int)(step.Max ?? 1000));
        if (input.Length < min)
        {
            return Invalid(FlowTextKeys.TextTooShort, ("min", min));
        }

        if (input.Length > max)
        {
            return Invalid(FlowTextKeys.TextTooLong, ("max", max), ("length", input.Length));
        }

        return step.Pattern is { } pattern && !pattern.IsMatch(input) ? Invalid(FlowTextKeys.TextPattern) : new AnswerResult.Accepted(input);
    }

    private static AnswerResult IdNumber(string input, string lengthKey, string checksumKey)
    {
        var digits = input.Replace(" ", "", StringComparison.Ordinal);
        if (!KzIdNumber.HasTwelveDigits(digits))
        {
            return Invalid(lengthKey);
        }

        return KzIdNumber.IsValid(digits) ? new AnswerResult.Accepted(digits) : Invalid(checksumKey);
    }

    private static AnswerResult Date(string input) =>
        DateOnly.TryParseExact(input, ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new AnswerResult.Accepted(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            : Invalid(FlowTextKeys.InvalidDate);

    /// <summary>"yes" and "no" themselves are the buttons' values, so they count whatever words.yaml says.</summary>
    private static AnswerResult YesNo(string input, Words words)
    {
        var typed = WordList.Typed(input);
        if (typed == "yes" || words.Yes.Matches(input))
        {
            return new AnswerResult.Accepted("yes");
        }

        return typed == "no" || words.No.Matches(input) ? new AnswerResult.Accepted("no") : Invalid(FlowTextKeys.InvalidYesNo);
    }

    private static AnswerResult.Invalid Invalid(string key, params (string Name, object Value)[] values) => new(key, values);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")]
    private static partial Regex EmailPattern();
}
