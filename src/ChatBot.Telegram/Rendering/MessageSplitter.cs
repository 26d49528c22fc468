namespace ChatBot.Telegram.Rendering;

/// <summary>
/// Splits a text too long for one message at the most natural boundary that fits: paragraphs, then lines,
/// then words, and only as a last resort inside a word. Lengths are measured after escaping.
/// </summary>
internal static class MessageSplitter
{
    /// <summary>Telegram's limit for the text of one message.</summary>
    public const int MaxLength = 4096;

    private static readonly string[] Separators = ["\n\n", "\n", " "];

    public static IReadOnlyList<string> Split(string text, int maxLength = MaxLength) =>
        SplitAt(text.Trim(), 0, maxLength)
            .Select(part => part.Trim())
            .Where(part => part.Length > 0)
            .ToList();

    private static List<string> SplitAt(string text, int level, int maxLength)
    {
        if (TelegramHtml.EscapedLength(text) <= maxLength)
        {
            return [text];
        }

        if (level == Separators.Length)
        {
            return SplitInsideWord(text, maxLength);
        }

        var separator = Separators[level];
        var parts = new List<string>();
        var current = "";
        foreach (var piece in text.Split(separator))
        {
            var joined = current.Length == 0 ? piece : current + separator + piece;
            if (TelegramHtml.EscapedLength(joined) <= maxLength)
            {
                current = joined;
                continue;
            }

            if (current.Length > 0)
            {
                parts.Add(current);
            }

            var smaller = SplitAt(piece, level + 1, maxLength);
            parts.AddRange(smaller.Take(smaller.Count - 1));
            current = smaller[^1];
        }

        parts.Add(current);
        return parts;
    }

    private static List<string> SplitInsideWord(string text, int maxLength)
    {
        var parts = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            var length = 0;
            while (end < text.Length && length + TelegramHtml.EscapedLength(text[end].ToString()) <= maxLength)
            {
                length += TelegramHtml.EscapedLength(text[end].ToString());
                end++;
            }

            // Never cut a surrogate pair (an emoji) in two.
            if (end < text.Length && end > start + 1 && char.IsHighSurrogate(text[end - 1]))
            {
                end--;
            }

            parts.Add(text[start..end]);
            start = end;
        }

        return parts;
    }
}
