namespace ChatBot.Host.Cli;

/// <summary>The options of a verb (<c>--test FILE</c>); the rest of the line stays configuration.</summary>
public sealed class VerbArguments(string[] args)
{
    public string[] All { get; } = args;

    public string? Option(string name)
    {
        for (var i = 0; i < All.Length; i++)
        {
            if (All[i] == name && i + 1 < All.Length)
            {
                return All[i + 1];
            }

            if (All[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                return All[i][(name.Length + 1)..];
            }
        }

        return null;
    }

    public bool Flag(string name) => All.Contains(name);
}
