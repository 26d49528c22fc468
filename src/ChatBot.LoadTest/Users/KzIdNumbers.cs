using System.Text;

namespace ChatBot.LoadTest.Users;

/// <summary>
/// ИИН that pass the service's check: a birth date, the century-and-sex digit, a serial number and the check digit of
/// the official algorithm (weights 1..11 modulo 11, then 3..11,1,2 when the first gives 10). Every visitor has their
/// own, as people do.
/// </summary>
internal static class KzIdNumbers
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    /// <summary>A БИН of a registered company, valid by the same algorithm; a БИН is not the person's, so one will do.</summary>
    public const string Bin = "180340021791";

    public static string Iin(Random random)
    {
        while (true)
        {
            var born = new DateOnly(1960, 1, 1).AddDays(random.Next(16_000));
            var digits = new StringBuilder(12)
                .Append(born.ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture))
                .Append(born.Year < 2000 ? random.Next(3, 5) : random.Next(5, 7))
                .Append(random.Next(10_000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture))
                .ToString();
            if (CheckDigit(digits) is { } check)
            {
                return digits + check;
            }
        }
    }

    public static int? CheckDigit(string elevenDigits)
    {
        var first = Weighted(elevenDigits, FirstWeights);
        if (first != 10)
        {
            return first;
        }

        var second = Weighted(elevenDigits, SecondWeights);
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
