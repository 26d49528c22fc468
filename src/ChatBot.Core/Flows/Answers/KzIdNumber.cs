namespace ChatBot.Core.Flows.Answers;

/// <summary>
/// ИИН and БИН: 12 digits, the last a check digit. The official algorithm: the sum of the first
/// eleven digits weighted 1..11, modulo 11; if that gives 10, weights 3..11,1,2; a second 10 means
/// the number cannot be valid.
/// </summary>
public static class KzIdNumber
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    public static bool HasTwelveDigits(string text) => text.Length == 12 && text.All(char.IsAsciiDigit);

    public static bool IsValid(string text)
    {
        if (!HasTwelveDigits(text))
        {
            return false;
        }

        var check = CheckDigit(text);
        return check is not null && check == text[11] - '0';
    }

    /// <returns>The check digit of the first eleven digits, or null when none exists.</returns>
    public static int? CheckDigit(string digits)
    {
        var first = Weighted(digits, FirstWeights);
        if (first != 10)
        {
            return first;
        }

        var second = Weighted(digits, SecondWeights);
        return second == 10 ? null : second;
    }

    private static int Weighted(string digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < 11; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }

        return sum % 11;
    }
}
