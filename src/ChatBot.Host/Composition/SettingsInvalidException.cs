namespace ChatBot.Host.Composition;

/// <summary>Settings the program cannot run with; each problem names the key and is said on a line of its own.</summary>
public sealed class SettingsInvalidException(IReadOnlyList<string> problems) : Exception(string.Join('\n', problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
