namespace ChatBot.Nlu.Languages;

/// <summary>
/// Words nearly every English request has one of: how the language detector tells an English message, and how the
/// intent pipeline tells English training data.
/// </summary>
internal static class CommonEnglishWords
{
    private static readonly HashSet<string> Words =
    [
        "the", "a", "an", "is", "are", "am", "was", "be", "i", "you", "we", "my", "your", "how", "what", "where", "when",
        "why", "who", "which", "can", "could", "do", "does", "did", "to", "of", "in", "on", "for", "with", "and", "or",
        "not", "no", "yes", "it", "this", "that", "have", "has", "need", "want", "get", "open", "register", "company",
        "business", "tax", "taxes", "hello", "hi", "thanks", "thank", "please", "help", "about", "should", "would",
        "there", "from", "much", "many", "any", "some", "me", "our", "they", "will", "if", "at", "by", "as",
    ];

    /// <summary>The words of a text already in lower case.</summary>
    public static string[] Split(string lowerText) =>
        lowerText.Split([' ', ',', '.', '?', '!', ';', ':', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);

    public static bool Contains(string word) => Words.Contains(word);
}
