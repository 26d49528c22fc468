namespace ChatBot.LoadTest.Users;

/// <summary>
/// The FAQ questions visitors ask, one a line, in Russian and Kazakh (bench/loadtest/questions.*.txt, built into the
/// program): paraphrases of the knowledge base's topics written apart from its training questions, with a few
/// questions it does not cover, as real visitors ask.
/// </summary>
public sealed class Questions(IReadOnlyList<string> russian, IReadOnlyList<string> kazakh)
{
    public IReadOnlyList<string> Russian { get; } = russian;

    public IReadOnlyList<string> Kazakh { get; } = kazakh;

    public static Questions BuiltIn { get; } = new(Read("ru"), Read("kk"));

    public string Draw(string language, Random random)
    {
        var lines = language == "kk" ? Kazakh : Russian;
        return lines[random.Next(lines.Count)];
    }

    /// <summary>The lines of a corpus file: blank lines and <c>#</c> comments left out.</summary>
    public static IReadOnlyList<string> Lines(TextReader reader)
    {
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } text && !text.StartsWith('#'))
            {
                lines.Add(text);
            }
        }

        return lines;
    }

    private static IReadOnlyList<string> Read(string language)
    {
        using var stream = typeof(Questions).Assembly.GetManifestResourceStream($"ChatBot.LoadTest.questions.{language}.txt")
            ?? throw new InvalidOperationException($"the {language} questions are not built into the program");
        using var reader = new StreamReader(stream);
        return Lines(reader);
    }
}
