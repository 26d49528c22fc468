namespace ChatBot.Core.Flows.Conditions;

/// <summary>Splits a condition into words, numbers, quoted strings, operators and brackets.</summary>
internal static class ConditionTokenizer
{
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or '[' or ']' or ',')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if (c is '=' or '!' or '<' or '>')
            {
                var two = i + 1 < text.Length && text[i + 1] == '=';
                var op = two ? text.Substring(i, 2) : c.ToString();
                if (op is "=" or "!")
                {
                    throw new FormatException($"unknown operator '{op}' (use == or !=)");
                }

                tokens.Add(op);
                i += op.Length;
            }
            else if (c is '"' or '\'')
            {
                var end = text.IndexOf(c, i + 1);
                if (end < 0)
                {
                    throw new FormatException("a quoted value is not closed");
                }

                tokens.Add(text[i..(end + 1)]);
                i = end + 1;
            }
            else if (IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }

                tokens.Add(text[start..i]);
            }
            else
            {
                throw new FormatException($"unexpected character '{c}'");
            }
        }

        return tokens;
    }

    public static bool IsWord(string token) => token.Length > 0 && token.All(IsWordChar);

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '-';
}
