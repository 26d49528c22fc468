namespace ChatBot.Core.Flows.Answers;

/// <summary>Kazakhstan phone numbers as people type them, normalised to +7XXXXXXXXXX.</summary>
public static class PhoneNumbers
{
    /// <summary>Accepts +7 701 234 56 78, 8 (701) 234-56-78, 87012345678, 7012345678.</summary>
    public static string? Normalize(string text)
    {
        if (text.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '+' or '.')))
        {
            return null;
        }

        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        var national = digits.Length switch
        {
            11 when digits[0] is '7' or '8' => digits[1..],
            10 => digits,
            _ => null,
        };

        // Kazakhstan's numbers are +7 7xx / +7 6xx; +7 9xx and the like are Russian.
        return national is not null && national[0] is '7' or '6' ? "+7" + national : null;
    }
}
