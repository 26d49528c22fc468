using System.Text.RegularExpressions;

namespace ChatBot.Nlu.Evaluation;

/// <summary>
/// Whether an answer names the sub-case a question asks about: one of the keywords begins a word
/// of the answer, in any case. Keywords are word stems ("юридическ"), so matching at a word's
/// start lets "юридического" count while "ип" does not count inside "принцип".
/// </summary>
public static class MentionCheck
{
    public static bool Mentions(string answer, IEnumerable<string> keywords)
    {
        var text = Spaces(answer);
        return keywords.Any(keyword =>
        {
            var stem = Spaces(keyword.Trim());
            return stem.Length > 0 && Regex.IsMatch(
                text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(stem)}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        });
    }

    /// <summary>Answers write "5 950" with a no-break space as often as with a plain one.</summary>
    private static string Spaces(string text) => Regex.Replace(text, @"\s+", " ");
}
