namespace ChatBot.Core.Knowledge;

/// <summary>
/// The words a user may type for one meaning ("yes", "back"), from knowledge/system/words.yaml.
/// The bot accepts every word of a list whatever the conversation's language, as people mix them.
/// </summary>
public sealed class WordList(string name, IEnumerable<string> words)
{
    private readonly HashSet<string> _words = words.Select(Typed).ToHashSet();

    public string Name { get; } = name;

    public IReadOnlyCollection<string> All => _words;

    /// <summary>Whether the whole message is one of the words; case, spaces around it and a final '.' or '!' do not matter.</summary>
    public bool Matches(string? text) => text is not null && _words.Contains(Typed(text));

    /// <summary>A message as it is compared: "Да!" and " да " are "да".</summary>
    public static string Typed(string text) => text.Trim().ToLowerInvariant().TrimEnd('.', '!');
}
