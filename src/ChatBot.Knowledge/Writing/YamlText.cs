using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Knowledge.Writing;

/// <summary>Scalars written as the knowledge files have them: plain where nothing in them means YAML, quoted else.</summary>
internal static partial class YamlText
{
    public static string Scalar(string value) => PlainSafe().IsMatch(value) ? value : Quoted(value);

    /// <summary>A double-quoted scalar: JSON's escapes are YAML's.</summary>
    public static string Quoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    /// <summary>A text of several lines as a literal block under <c>key: |</c>, indented by <paramref name="indent"/>.</summary>
    public static void Block(StringBuilder yaml, string indent, string key, string value)
    {
        if (!value.Contains('\n') || value.Split('\n').Any(l => l.Length > 0 && char.IsWhiteSpace(l[0])) || value.Contains('\r'))
        {
            yaml.Append(indent).Append(key).Append(": ").AppendLine(Scalar(value));
            return;
        }

        // The loader trims answers: the block's chomping changes nothing that is read.
        yaml.Append(indent).Append(key).AppendLine(": |-");
        foreach (var line in value.TrimEnd('\n').Split('\n'))
        {
            yaml.AppendLine(line.Length == 0 ? "" : indent + "  " + line);
        }
    }

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} ,.?!()«»—–/%+=-]*(?<![ ])$")]
    private static partial Regex PlainSafe();
}
