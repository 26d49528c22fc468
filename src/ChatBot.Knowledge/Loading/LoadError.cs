namespace ChatBot.Knowledge.Loading;

/// <summary>One problem found in a data file, reported as <c>file:line: what is wrong</c>.</summary>
public sealed record LoadError(string File, long Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
