namespace ChatBot.Core.Applications;

/// <summary>The kinds as the flow file and the console name them.</summary>
public static class ApplicationKinds
{
    public static string Code(this ApplicationKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string? code, out ApplicationKind kind) =>
        Enum.TryParse(code, ignoreCase: true, out kind) && Enum.IsDefined(kind);
}
