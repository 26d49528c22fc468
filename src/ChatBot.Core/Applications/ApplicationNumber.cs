using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Applications;

/// <summary>
/// <c>A-2026-000123</c>: the year (Almaty) and the application's place in it, as eGov's request numbers are read.
/// Typed back it may come with a Cyrillic «А», in lower case, with spaces or without the dashes.
/// </summary>
public static partial class ApplicationNumber
{
    public static string Format(int year, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"A-{year:D4}-{sequence:D6}");

    /// <summary>The first application number in a message, normalised, or null.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrEmpty(text) || Typed().Match(text) is not { Success: true } match)
        {
            return null;
        }

        return Format(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), long.Parse(match.Groups["seq"].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>Whether the message is a number and nothing else: it says nothing about the user's language.</summary>
    public static bool IsWhole(string? text) =>
        !string.IsNullOrWhiteSpace(text) && Typed().Match(text.Trim()) is { Success: true } match && match.Length == text.Trim().Length;

    public static bool TryParse(string id, out int year, out long sequence)
    {
        year = 0;
        sequence = 0;
        var match = Typed().Match(id);
        return match.Success
            && int.TryParse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && long.TryParse(match.Groups["seq"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out sequence);
    }

    [GeneratedRegex(@"(?<![\p{L}\d])[AaАа]\s*[-–—]?\s*(?<year>20\d\d)\s*[-–—]?\s*(?<seq>\d{6})(?!\d)")]
    private static partial Regex Typed();
}
