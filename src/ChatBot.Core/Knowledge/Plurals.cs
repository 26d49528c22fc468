using ChatBot.Core.Messages;

namespace ChatBot.Core.Knowledge;

/// <summary>
/// The word form that goes with a count. Russian has three (1 символ, 3 символа, 5 символов; 21 символ, 11 символов);
/// Kazakh puts a noun in the singular after any number (3 таңба), so its first form is always the one.
/// </summary>
public static class Plurals
{
    /// <param name="forms">Russian: the forms for one, few and many (символ|символа|символов); Kazakh: one form.</param>
    public static string Choose(Language language, double count, IReadOnlyList<string> forms)
    {
        if (forms.Count == 0)
        {
            return "";
        }

        if (language == Language.Kk || forms.Count < 3)
        {
            return forms[0];
        }

        return forms[(int)Russian(count)];
    }

    public enum RussianForm
    {
        One = 0,
        Few = 1,
        Many = 2,
    }

    /// <summary>A fraction takes the genitive singular ("1,5 года", "2,5 символа"): the "few" form.</summary>
    public static RussianForm Russian(double count)
    {
        if (count != Math.Floor(count))
        {
            return RussianForm.Few;
        }

        var n = (long)Math.Abs(count);
        var lastTwo = n % 100;
        var last = n % 10;
        if (lastTwo is >= 11 and <= 14)
        {
            return RussianForm.Many;
        }

        return last switch
        {
            1 => RussianForm.One,
            2 or 3 or 4 => RussianForm.Few,
            _ => RussianForm.Many,
        };
    }
}
