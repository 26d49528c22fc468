namespace ChatBot.Host.Composition;

/// <summary>
/// The log levels that hold when no settings file says otherwise: a settings file written for an installation often
/// has no <c>Logging</c> section, and without one ASP.NET Core logs every request line, query string included, at
/// Information. The service's own lines stay at Information.
/// </summary>
internal static class LoggingDefaults
{
    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
    };
}
